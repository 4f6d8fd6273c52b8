print('%(name)s is %(age)d years, %(name)s' % {'name': 'Ann', 'age': 7})
