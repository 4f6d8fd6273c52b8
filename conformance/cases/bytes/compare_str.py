print(b'a' == 'a', b'a' != 'a')
