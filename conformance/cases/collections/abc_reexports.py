import collections
import collections.abc
print(collections.abc.Mapping.__name__, collections.abc.Iterable.__module__ in ('collections.abc', '_collections_abc'))
print(isinstance(collections.OrderedDict(), collections.abc.MutableMapping))
print(isinstance(collections.deque(), collections.abc.MutableSequence))
print(isinstance(collections.Counter(), dict))
