import csv
import io
from collections import defaultdict, Counter

DATA = """region,product,units,price
North,Widget,10,2.50
South,Widget,4,2.50
North,Gadget,3,10.00
East,Gizmo,7,4.25
South,Gadget,1,10.00
North,Widget,5,2.50
East,Widget,2,2.50
West,Gizmo,12,4.25
"""

def load(text):
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        row['units'] = int(row['units'])
        row['price'] = float(row['price'])
        rows.append(row)
    return rows

rows = load(DATA)
print("Loaded %d rows" % len(rows))
print("Fields:", csv.DictReader(io.StringIO(DATA)).fieldnames)

by_region = defaultdict(float)
units = Counter()
for r in rows:
    by_region[r['region']] += r['units'] * r['price']
    units[r['product']] += r['units']

print("{:<10}|{:>10}".format("Region", "Revenue"))
print("-" * 21)
for region in sorted(by_region):
    print("{:<10}|{:>10.2f}".format(region, by_region[region]))
print("-" * 21)
print("{:<10}|{:>10.2f}".format("TOTAL", sum(by_region.values())))

print()
for name, n in units.most_common():
    print(name.ljust(8, '.'), str(n).rjust(4))

out = io.StringIO()
w = csv.writer(out, lineterminator='\n')
w.writerow(['region', 'revenue', 'note'])
for region in sorted(by_region):
    w.writerow([region, '%.2f' % by_region[region], 'has, comma' if region == 'North' else 'ok "quoted"'])
print(out.getvalue(), end='')

dw = csv.DictWriter(out, fieldnames=['a', 'b'], extrasaction='ignore')
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=['a', 'b'])
dw.writeheader()
dw.writerow({'a': 1, 'b': None})
print(repr(out2.getvalue()))
try:
    dw.writerow({'a': 1, 'c': 2})
except ValueError as e:
    print("ValueError:", e)
