assert True
assert 1 == 1, 'never'
print('ok')
