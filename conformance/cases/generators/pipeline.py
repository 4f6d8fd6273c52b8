def read(lines):
    for l in lines:
        yield l.strip()
def nonempty(it):
    for l in it:
        if l:
            yield l
def upper(it):
    for l in it:
        yield l.upper()
print(list(upper(nonempty(read([' a ', '', 'b', '  ', 'c '])))))
