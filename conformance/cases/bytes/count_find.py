b = b'abcabcab'
print(b.count(b'ab'), b.count(b'ab', 1), b.count(b'ab', 1, 5), b.count(b''), b.count(97))
print(b.find(b'ca'), b.find(b'ca', 3), b.find(b'zz'), b.rfind(b'ab'), b.rfind(b'ab', 0, 5), b.find(99))
