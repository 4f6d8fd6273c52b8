x_marker = 1
print('x_marker' in globals(), globals()['x_marker'], '__name__' in globals(), __name__)
