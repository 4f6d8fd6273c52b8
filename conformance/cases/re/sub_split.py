import re
print(re.sub(r'\s+', ' ', 'a   b \t c'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@host'), re.subn('a', 'b', 'aaa'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(-)', 'x-y-z'))
