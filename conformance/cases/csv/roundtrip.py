import csv, io, sys
rows = [['id', 'text'], ['1', 'plain'], ['2', 'comma, inside'], ['3', 'quote " inside'],
        ['4', 'new\nline'], ['5', ''], ['6', '  padded  '], ['7', '\'single\'']]
for dialect in ('excel', 'excel-tab', 'unix'):
    s = io.StringIO()
    csv.writer(s, dialect=dialect).writerows(rows)
    back = list(csv.reader(io.StringIO(s.getvalue(), newline=''), dialect=dialect))
    print(dialect, back == rows, len(s.getvalue()))
csv.writer(sys.stdout, lineterminator='\n').writerows(rows[:3])
