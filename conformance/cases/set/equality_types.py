print({1, 2} == frozenset({1, 2}), set() == frozenset(), {1.0} == {1})
