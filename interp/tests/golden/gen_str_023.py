# Generated: string and bytes literals, set 23.
s0 = bR'''\N{BULLET}''' rb'more'
s1 = r''' '''
s2 = U'''{braces} %s %d'''
s3 = R'''\x41\x7f'''
s4 = B'''\t tab \r cr
\777'''
s5 = r"""\8\9"""
s6 = r""""
\8\9""" R'more'
s7 = U"""plain text"""
s8 = r'''#not a comment''' 'more'
s9 = Rb'"'
s10 = U"""α\u03b2γ
\d unknown"""
s11 = rB'\777' B'more'
s12 = RB'''with \n newline'''
s13 = rb"\\ backslash" B'more'
s14 = bR"""\d unknown
\\ backslash"""
s15 = rb"""say \"hi\""""
s16 = U""
s17 = br"it\'s"
s18 = "é ü 中"
s19 = rB"""plain text"""
s20 = r"with \n newline"
s21 = rB"{braces} %s %d"
s22 = RB'''\d unknown
\d unknown'''
s23 = rb'''tail\\'''
s24 = U"with \n newline"
s25 = Rb"\777" B'more'
s26 = B"""{braces} %s %d"""
s27 = """\U0001F600"""
s28 = Br'''\x00'''
s29 = 'plain text' U'more'
t = ('é' '\x00' '\x00' 'é')
