# is* predicates treat surrogates as uncased, non-alphanumeric, unprintable.
for s in ('\ud800', 'a\ud800', 'A\udc00', '1\udfff', ' \ud800', 'ab'):
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isidentifier())
'\ud800'.encode('utf-16-le')
