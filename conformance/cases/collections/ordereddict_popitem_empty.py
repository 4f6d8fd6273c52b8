from collections import OrderedDict
OrderedDict().popitem()
