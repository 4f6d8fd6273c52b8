print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', '' < 'a', 'abc' < 'ab', 'a' == 'a', 'é' > 'z')
print(sorted(['banana', 'Apple', 'cherry', 'apple']))
