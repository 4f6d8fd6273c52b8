print('{:.2%}'.format(0.125), '{:%}'.format(1), format(0.5, '.0%'))
