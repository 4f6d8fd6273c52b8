print('{:f} {:e} {:g} {:5}'.format(float('inf'), float('-inf'), float('nan'), float('inf')))
