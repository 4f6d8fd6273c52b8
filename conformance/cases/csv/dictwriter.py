import csv, io
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['id', 'name', 'note'])
w.writeheader()
print(w.writerow({'id': 1, 'name': 'ann', 'note': 'a, b'}))
w.writerow({'name': 'bob'})
w.writerows([{'id': 3}, {'id': 4, 'note': 'q"q'}])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], restval='-', extrasaction='ignore', lineterminator='\n')
w.writerow({'a': 1, 'zzz': 2})
print(repr(s.getvalue()))
w = csv.DictWriter(io.StringIO(), ['a'])
try:
    w.writerow({'a': 1, 'c': 3})
except ValueError as e:
    print('ValueError:', e)
csv.DictWriter(io.StringIO(), ['a'], extrasaction='skip')
