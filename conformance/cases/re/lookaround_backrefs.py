import re
print(re.findall(r'\w+(?=!)', 'hi! yo ok!'), re.findall(r'(?<!\$)\b\d+', '$10 20 $30 40'))
print(re.search(r'(?<=-)\w+', 'spam-egg').group(), re.search(r'(\w+) \1', 'hello hello world').group())
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"quoted" x').group(), re.sub(r'(?<=a)b', 'X', 'abab cb'))
print(re.match(r'(a)?(?(1)b|c)', 'ab').group(), re.match(r'(a)?(?(1)b|c)', 'c').group())
