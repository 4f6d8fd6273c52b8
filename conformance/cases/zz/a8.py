import sys
print(bytes(b'x' * 3), b'ab'.join(b'xyz' for _ in range(0)), b''.join([b'a'] * 3))
