from collections import OrderedDict
OrderedDict(a=1).move_to_end('b')
