import csv, io
data = 'name,age,city\nann,31,Oslo\n\nbob,27\ncid,40,Rome,extra1,extra2\n'
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames)
for row in r:
    print(r.line_num, sorted(row.items(), key=lambda kv: str(kv[0])))
r = csv.DictReader(['1;2', '3;4;5'], fieldnames=['x', 'y'], restkey='rest', restval='?', delimiter=';')
print([sorted(d.items()) for d in r])
r = csv.DictReader(['a,b,c', '1'], restval=0)
print([sorted(d.items()) for d in r])
r = csv.DictReader([])
print(r.fieldnames)
print(list(r))
r = csv.DictReader(['h1,h2'])
print(list(r), r.fieldnames, r.line_num)
