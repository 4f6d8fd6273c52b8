import re
print(re.findall(r'<.+>', '<a><b>'), re.findall(r'<.+?>', '<a><b>'), re.match(r'a{2,3}', 'aaaa').group())
