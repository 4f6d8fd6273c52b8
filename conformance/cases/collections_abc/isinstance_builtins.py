from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
    Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
    MappingView, KeysView, ItemsView, ValuesView, ByteString)
vals = [[], (), '', b'', bytearray(), {}, set(), frozenset(), range(3), iter([]), len, 5, None, {}.keys(), {}.items(), {}.values()]
for abc in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence,
            Mapping, MutableMapping, Set, MutableSet, MappingView, KeysView, ItemsView, ValuesView, ByteString):
    print(abc.__name__, ''.join('1' if isinstance(v, abc) else '0' for v in vals))
