import re
print(re.escape('a.b*c'), re.escape('hello world_1'), re.escape('-/#!'), re.escape(b'a.b'))
