e = UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'bad')
e.start = 1
e.reason = 'worse'
print(e.start, e.reason, e)
