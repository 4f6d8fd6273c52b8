print('  a  '.strip(None), 'xax'.strip('x'), 'xax'.lstrip('x'), 'xax'.rstrip('x'))
'abc'.rstrip(1)
