b'a' < 'a'
