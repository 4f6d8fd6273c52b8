import re
m = re.match(rb'(\d+)-(\d+)', b'12-34')
print(m.groups(), m.group(0), re.findall(rb'[aeiou]', b'education'), re.split(rb',', b'a,b'))
print(re.sub(rb'(\w)', rb'<\1>', b'ab'))
