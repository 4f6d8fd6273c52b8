import csv, io
data = 'a,b,c\r\n1,"two, too",3\r\n"quoted ""inner"" text",,x\r\n\r\nlast,"multi\nline",end\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['x,y', 'p,q\n', '', ',', '"",""', ' a , b '])))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['a\tb\t"c d"'], dialect='excel-tab')))
print(list(csv.reader(['a, "b, c", d'], skipinitialspace=True)))
print(list(csv.reader(['a, "b, c", d'])))
print(list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\')))
print(list(csv.reader(['"a"b,c', 'x"y"z,w'])))
print(list(csv.reader(['a,"b"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,2.5,"x",-3e2'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['"a\n', 'b"', 'c'])))
