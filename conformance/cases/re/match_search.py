import re
m = re.match(r'(\d+)-(\d+)', '123-456 rest')
print(m.group(0), m.group(1), m.groups(), m.span(), m.start(2))
print(re.search(r'b+', 'aabbbcc').group(), re.match(r'b', 'abc'))
