# Generated: string and bytes literals, set 3.
s0 = RB"""{braces} %s %d"""
s1 = u'\8\9'
s2 = rb'''\N{DIGIT ONE}'''
s3 = r'\777'
s4 = BR"#not a comment"
s5 = R"""\u00e9"""
s6 = rb''' '''
s7 = r'''it\'s
\101\0\12'''
s8 = u'\
 continued'
s9 = r"with \n newline"
s10 = u'\101\0\12'
s11 = bR'''\\ backslash'''
s12 = u'''\101\0\12
\\ backslash'''
s13 = BR"'" b'more'
s14 = b"""\\ backslash
#not a comment"""
s15 = RB'''
'''
s16 = BR'''with \n newline'''
s17 = br"""\u00e9"""
s18 = rB"{braces} %s %d"
s19 = br"""\N{BULLET}
\d unknown""" rb'more'
s20 = U'tail\\'
s21 = '''\777'''
s22 = rb'''\t tab \r cr'''
s23 = R'''say \"hi\"'''
s24 = u"\8\9"
s25 = rB'\101\0\12'
s26 = B'''\t tab \r cr'''
s27 = r"\U0001F600"
s28 = U"\
 continued"
s29 = rB'''\
 continued''' B'more'
t = ('\x00' '\x00' 'a' 'é')
