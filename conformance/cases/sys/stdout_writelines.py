import sys
n = sys.stdout.write('abc\n')
sys.stdout.writelines(['x', 'y\n'])
sys.stdout.flush()
print(n)
