b'a' + 'a'
