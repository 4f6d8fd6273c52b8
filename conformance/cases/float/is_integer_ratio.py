print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
