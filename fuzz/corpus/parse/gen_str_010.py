# Generated: string and bytes literals, set 10.
s0 = b'''''' B'more'
s1 = rb'\101\0\12'
s2 = RB'\t tab \r cr' b'more'
s3 = '''\
 continued
\x41\x7f'''
s4 = R'\N{BULLET}'
s5 = R'\a\b\f\v'
s6 = b"""it\'s"""
s7 = rB'''#not a comment'''
s8 = RB"\N{DIGIT ONE}"
s9 = u"\U0001F600" u'more'
s10 = """'"""
s11 = Br"\t tab \r cr"
s12 = Rb"plain text" B'more'
s13 = R""
s14 = "\
 continued"
s15 = BR"tail\\"
s16 = rb"""\
 continued"""
s17 = br"\x00"
s18 = bR'with \n newline'
s19 = U'tail\\'
s20 = b'''plain text'''
s21 = R"\d unknown"
s22 = rb"""\
 continued"""
s23 = Rb"""\x41\x7f
\N{BULLET}"""
s24 = b'''\\ backslash'''
s25 = Br""""""
s26 = b""
s27 = U"\777"
s28 = BR"\x41\x7f"
s29 = bR'{braces} %s %d'
t = ('\x00' 'é' 'b\n' 'a')
