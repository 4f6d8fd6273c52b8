import re
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c3'))
print([m.group() for m in re.finditer(r'[aeiou]', 'education')])
