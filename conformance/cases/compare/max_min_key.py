words = ['pear', 'fig', 'banana', 'kiwi']
print(max(words, key=len), min(words, key=len), max(words), min(3, 1, 2), max([], default='empty'))
