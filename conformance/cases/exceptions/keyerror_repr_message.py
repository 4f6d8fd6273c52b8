try:
    {}['it\'s']
except KeyError as e:
    print(e, e.args)
d = {}
d['missing key']
