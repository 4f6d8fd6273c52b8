'{missing}'.format(a=1)
