print('line 1')
print('line 2')
raise RuntimeError('after output')
