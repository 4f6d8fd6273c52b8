# Generated: string and bytes literals, set 2.
s0 = br"\8\9"
s1 = R"""\8\9"""
s2 = Br'''\u00e9''' B'more'
s3 = u"""\\ backslash"""
s4 = """\101\0\12"""
s5 = rB'\t tab \r cr'
s6 = b'''\N{DIGIT ONE}
\u00e9'''
s7 = rb"""\N{DIGIT ONE}"""
s8 = rb'\777'
s9 = RB'''with \n newline'''
s10 = RB'\U0001F600' rb'more'
s11 = br'''"
\d unknown''' b'more'
s12 = br'''tail\\''' rb'more'
s13 = Br"with \n newline"
s14 = rB'''plain text'''
s15 = bR"\
 continued"
s16 = U'\x00'
s17 = rB'\N{BULLET}'
s18 = r'\u00e9'
s19 = BR"plain text"
s20 = rB"""\a\b\f\v"""
s21 = R'''''' r'more'
s22 = rb"""\\ backslash
say \"hi\""""
s23 = Br"\777"
s24 = b""" """
s25 = rb'''\101\0\12
\N{DIGIT ONE}''' b'more'
s26 = BR'\N{BULLET}'
s27 = """\u00e9"""
s28 = rb"""with \n newline"""
s29 = br"""say \"hi\""""
t = ('b\n' '\x00' 'a' 'é')
