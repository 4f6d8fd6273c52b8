import csv, io
print(sorted(csv.list_dialects()))
for name in sorted(csv.list_dialects()):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), d.escapechar, d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('semi', Semi)
print(list(csv.reader(['a; b;"c;d"'], 'semi')))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
s = io.StringIO()
csv.writer(s, 'pipes').writerow([1, 'x'])
print(repr(s.getvalue()))
print(csv.get_dialect('pipes').delimiter, csv.get_dialect('pipes').lineterminator == '\r\n')
csv.register_dialect('semi2', 'semi', delimiter=':')
print(list(csv.reader(['a:b; c'], 'semi2')))
r = csv.reader([], Semi)
print(r.dialect.delimiter, r.dialect.skipinitialspace)
w = csv.writer(io.StringIO(), delimiter='#')
print(w.dialect.delimiter)
csv.unregister_dialect('pipes')
print('pipes' in csv.list_dialects())
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('Error:', e)
try:
    csv.unregister_dialect('nope')
except csv.Error as e:
    print('Error:', e)
try:
    csv.register_dialect(1)
except TypeError as e:
    print('TypeError:', e)
try:
    r.dialect.delimiter = ';'
except AttributeError:
    print('read-only')
try:
    csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL)
except TypeError as e:
    print('TypeError:', e)
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting)
