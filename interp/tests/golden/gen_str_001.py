# Generated: string and bytes literals, set 1.
s0 = rb"\777"
s1 = rb""
s2 = bR"{braces} %s %d"
s3 = RB"""\t tab \r cr
\N{BULLET}""" B'more'
s4 = BR'''\u00e9'''
s5 = rB'"'
s6 = U'tail\\'
s7 = br"""#not a comment
it\'s"""
s8 = Rb"say \"hi\""
s9 = RB'"'
s10 = U'''with \n newline'''
s11 = Br"plain text"
s12 = r'\N{BULLET}'
s13 = rB"""\8\9"""
s14 = rb'\d unknown'
s15 = rB'''\x41\x7f'''
s16 = Rb"""\777""" b'more'
s17 = bR'''\8\9'''
s18 = U'''α\u03b2γ'''
s19 = BR'''it\'s'''
s20 = bR''
s21 = r"""\x41\x7f
plain text"""
s22 = '\a\b\f\v' R'more'
s23 = BR'\\ backslash'
s24 = rB""
s25 = b'\a\b\f\v'
s26 = BR'\x41\x7f'
s27 = R"\777"
s28 = Br'''#not a comment'''
s29 = Br'''say \"hi\"'''
t = ('é' '\x00' 'a' 'a')
