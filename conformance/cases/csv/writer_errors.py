import csv, io
s = io.StringIO()
try:
    csv.writer(s, quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error:', e)
try:
    csv.writer(s, doublequote=False).writerow(['a"b'])
except csv.Error as e:
    print('Error:', e)
try:
    csv.writer(s, quoting=csv.QUOTE_NONE).writerow([''])
except csv.Error as e:
    print('Error:', e)
try:
    csv.writer(s).writerow(5)
except csv.Error as e:
    print('Error:', type(e).__name__)
try:
    csv.writer(5)
except TypeError as e:
    print('TypeError:', e)
print(repr(s.getvalue()))
