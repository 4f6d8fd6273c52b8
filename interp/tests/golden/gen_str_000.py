# Generated: string and bytes literals, set 0.
s0 = U"α\u03b2γ"
s1 = Rb'\d unknown'
s2 = BR'''\u00e9
"'''
s3 = Rb"""#not a comment"""
s4 = r'''it\'s'''
s5 = bR'\a\b\f\v'
s6 = RB'''it\'s''' b'more'
s7 = BR"""it\'s
it\'s"""
s8 = b"\N{DIGIT ONE}"
s9 = Rb"""\d unknown"""
s10 = U""""""
s11 = bR"""'""" rb'more'
s12 = U'tail\\'
s13 = Br'''\\ backslash
\U0001F600'''
s14 = rb"\\ backslash" rb'more'
s15 = rB'''#not a comment'''
s16 = RB'\d unknown'
s17 = RB"\x00" B'more'
s18 = R'''α\u03b2γ'''
s19 = Rb'with \n newline'
s20 = br'"'
s21 = br"'"
s22 = Rb'\
 continued'
s23 = r'say \"hi\"'
s24 = R"\101\0\12"
s25 = bR"""\
 continued""" B'more'
s26 = u'''é ü 中'''
s27 = B'''tail\\'''
s28 = br"""\N{DIGIT ONE}"""
s29 = rb"""\U0001F600""" B'more'
t = ('b\n' 'é' 'b\n' 'é')
