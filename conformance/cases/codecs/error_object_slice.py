s = 'x' * 10 + 'é'
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(e.object[e.start:e.end], e.start)
try:
    ('ab' + 'é' * 3).encode('latin-1', 'strict').decode('ascii')
except UnicodeDecodeError as e:
    print(e.start, e.end, e)
