# Generated: string and bytes literals, set 18.
s0 = br"tail\\"
s1 = b"\x41\x7f"
s2 = br"""\
 continued
\\ backslash"""
s3 = rb'\N{DIGIT ONE}'
s4 = Rb"say \"hi\"" b'more'
s5 = br"""\101\0\12
it\'s"""
s6 = U"\t tab \r cr" U'more'
s7 = U"""with \n newline
it\'s"""
s8 = B'\
 continued'
s9 = bR'''\U0001F600''' b'more'
s10 = u'\101\0\12'
s11 = r'plain text'
s12 = r"""\d unknown
it\'s"""
s13 = r"\u00e9"
s14 = RB'\N{DIGIT ONE}'
s15 = U"it\'s"
s16 = RB'''\a\b\f\v''' b'more'
s17 = rb"\x00"
s18 = Br"""\\ backslash"""
s19 = u"\777"
s20 = u"""\777"""
s21 = Br'''\N{DIGIT ONE}'''
s22 = bR'\
 continued'
s23 = BR'\8\9'
s24 = RB'''it\'s
'''
s25 = u'é ü 中'
s26 = Rb'\N{DIGIT ONE}'
s27 = U"""\
 continued"""
s28 = '''\a\b\f\v
\u00e9'''
s29 = U"""\
 continued
#not a comment"""
t = ('a' 'a' '\x00' 'a')
