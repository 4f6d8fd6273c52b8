import re
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.split('(a)(x)?', 'bab'), re.split(',', ''), re.split('x', 'axbxc', maxsplit=5))
print(re.compile(r'\d').split('a1b2c3', 2))
