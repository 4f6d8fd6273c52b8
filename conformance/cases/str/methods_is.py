for s in ('abc', 'ABC', '123', 'a1', ' ', '', 'Ab Cd', '½', 'x_y'):
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isnumeric(), s.isdecimal(), s.isidentifier())
