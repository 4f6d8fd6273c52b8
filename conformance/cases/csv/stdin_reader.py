import csv, sys
total = 0
for row in csv.reader(sys.stdin):
    print(row)
    if row and row[0].isdigit():
        total += int(row[0])
print(total)
