import traceback
def show():
    lines = traceback.format_stack(limit=2)
    return [l.replace(__file__, 'case.py') for l in lines]
def caller():
    return show()
for line in caller():
    print(line, end='')
