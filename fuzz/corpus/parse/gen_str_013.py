# Generated: string and bytes literals, set 13.
s0 = bR'''#not a comment'''
s1 = rB"""{braces} %s %d"""
s2 = bR'\N{DIGIT ONE}'
s3 = b'say \"hi\"'
s4 = r"tail\\"
s5 = B'''\U0001F600'''
s6 = """\a\b\f\v"""
s7 = ''
s8 = br'''\\ backslash'''
s9 = b'\777'
s10 = R"""\a\b\f\v"""
s11 = bR"""plain text
plain text"""
s12 = Rb"\
 continued"
s13 = rb"tail\\"
s14 = bR"""\101\0\12"""
s15 = U'\
 continued'
s16 = B'with \n newline' B'more'
s17 = b"\u00e9"
s18 = Rb""
s19 = U"""\d unknown
"""
s20 = RB'''\t tab \r cr'''
s21 = rb"plain text"
s22 = Rb'''\777
"'''
s23 = U"\U0001F600"
s24 = U'\N{BULLET}' R'more'
s25 = U"\a\b\f\v"
s26 = br"""it\'s""" rb'more'
s27 = rb''''''
s28 = u"""\x41\x7f"""
s29 = b"\777"
t = ('b\n' 'a' 'a' 'a')
