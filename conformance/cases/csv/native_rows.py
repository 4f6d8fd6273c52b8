# Rows of plain values in every quoting mode, written and read back.
import csv, io
rows = [['a', 'b,c', 'd"e', '', None, 1, 2.5, True, 'x\ny', ' lead', 'tab\t'],
        [''], [], ['single'], [None], ('t', 1), [-0.0, 10**20, 1e-9]]
for kw in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
           {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
           {'delimiter': ';', 'quotechar': "'"}, {'lineterminator': '\n'},
           {'doublequote': False, 'escapechar': '\\'}, {'quoting': csv.QUOTE_NONE}]:
    f = io.StringIO()
    w = csv.writer(f, **kw)
    for r in rows:
        try:
            w.writerow(r)
        except csv.Error as e:
            f.write('ERR %s\n' % e)
    print(sorted(kw.items()), repr(f.getvalue()))
    if kw.get('quoting') != csv.QUOTE_NONNUMERIC:
        print(list(csv.reader(io.StringIO(f.getvalue()), **kw)))
data = 'a,b\r\n"x, y",2\r\n"multi\nline",3\n\n"q""uote",4\r"bad"x,5\nend'
for kw in [{}, {'strict': True}, {'skipinitialspace': True}]:
    r = csv.reader(io.StringIO(data), **kw)
    try:
        print([(row, r.line_num) for row in r])
    except csv.Error as e:
        print('error', e, r.line_num)
print(list(csv.reader(['a,b', 'c,"d', 'e"'])))
print(list(csv.DictReader(io.StringIO('h1,h2\n1,2\n3\n4,5,6\n'))))
