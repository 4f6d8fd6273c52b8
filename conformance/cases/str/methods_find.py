s = 'abracadabra'
print(s.find('bra'), s.rfind('bra'), s.find('z'), s.index('cad'), s.rindex('a'), s.count('a'), s.count('bra'))
print(s.find('a', 1), s.find('a', 1, 3), s.count(''), s.startswith('abr'), s.endswith(('x', 'ra')))
