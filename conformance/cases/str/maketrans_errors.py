print(str.maketrans({'a': 'b', 98: None}), 'abc'.translate(str.maketrans({'a': 'b', 98: None})))
str.maketrans({'ab': 1})
