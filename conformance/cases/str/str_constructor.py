print(str(), str(123), str(1.5), str([1, 'a']), str(None), str(b'ab'), str(b'ab', 'ascii'))
