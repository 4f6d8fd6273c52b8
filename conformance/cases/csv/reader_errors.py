import csv
def attempt(lines, **kw):
    r = csv.reader(lines, **kw)
    try:
        print(list(r))
    except csv.Error as e:
        print('Error:', e, '| line', r.line_num)
attempt(['a,"b"c'], strict=True)
attempt(['"abc'], strict=True)
attempt(['a\rb'])
attempt(['a,b\r', 'c'])
attempt(['a,"b"c'])
attempt(['abc,abcdefghijk'], escapechar='\\')
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
attempt(['abc,abcdefghijk'])
attempt(['"abcdefghijk"'])
csv.field_size_limit(old)
try:
    csv.field_size_limit('big')
except TypeError as e:
    print('TypeError:', e)
print(issubclass(csv.Error, Exception))
list(csv.reader(['a', '"b"x'], strict=True))
