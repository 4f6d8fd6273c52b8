from collections import OrderedDict
d = OrderedDict()
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(list(d), d.popitem(), d.popitem(last=False), list(d))
d.move_to_end('m') if 'm' in d else None
