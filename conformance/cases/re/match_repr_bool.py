import re
m = re.match('a', 'abc')
print(bool(m), bool(re.match('z', 'abc')), re.compile('a+') , repr(re.compile('x', re.I)))
print(type(m).__name__ in ('SRE_Match', 'Match'), type(re.compile('a')).__name__ in ('SRE_Pattern', 'Pattern'))
