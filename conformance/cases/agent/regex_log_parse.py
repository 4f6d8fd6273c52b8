import re
from collections import Counter

LOG = """2023-01-05 10:22:01 INFO  user=alice action=login ip=10.0.0.1
2023-01-05 10:23:15 WARN  user=bob action=failed_login ip=10.0.0.2
2023-01-05 10:24:00 ERROR user=bob action=failed_login ip=10.0.0.2
2023-01-05 11:00:00 INFO  user=carol action=upload size=2048 ip=10.0.0.3
2023-01-06 09:01:02 INFO  user=alice action=logout ip=10.0.0.1
bad line here
2023-01-06 09:15:40 ERROR user=dave action=crash code=E42 ip=192.168.1.10
"""

LINE = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<rest>.*)$')
KV = re.compile(r'(\w+)=(\S+)')

levels = Counter()
users = Counter()
for i, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print("line %d: unparsable: %r" % (i, line))
        continue
    levels[m.group('level')] += 1
    fields = dict(KV.findall(m.group('rest')))
    users[fields.get('user')] += 1
    if m.group('level') == 'ERROR':
        print("ERROR at", m.group('date'), m.group('time'), sorted(fields.items()))
print(sorted(levels.items()))
print(users.most_common(2))
ips = re.findall(r'\b(?:\d{1,3}\.){3}\d{1,3}\b', LOG)
print(sorted(set(ips)))
print(re.sub(r'user=(\w+)', lambda m: 'user=' + m.group(1).upper(), LOG.splitlines()[0]))
print(re.sub(r'(\d+)-(\d+)-(\d+)', r'\3/\2/\1', "on 2023-01-05 and 2024-12-31"))
print(re.split(r'[,;\s]+', "a, b;c  d,,e"))
print(re.split(r'(,)', "a,b,c"))
m = re.search(r'(?i)ERROR\s+user=(?P<u>\w+)', LOG)
print(m.group(0), m.group('u'), m.span(), m.start('u'), sorted(m.groupdict().items()))
print(re.findall(r'(\w)(\d)?', 'a1b c3'))
for m in re.finditer(r'size=(\d+)', LOG):
    print(int(m.group(1)) // 1024, 'KiB')
pat = re.compile(r'''
    (?P<key>[a-z]+)   # the key
    \s*=\s*
    (?P<val>"[^"]*"|\S+)
''', re.VERBOSE)
print([sorted(m.groupdict().items()) for m in pat.finditer('a = 1 b="x y" c=3')])
print(re.escape("a.b*c?"))
print(re.subn(r'o', '0', 'foo boo'))
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('-'))
