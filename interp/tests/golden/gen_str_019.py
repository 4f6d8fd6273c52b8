# Generated: string and bytes literals, set 19.
s0 = b'''\x41\x7f'''
s1 = Rb'#not a comment'
s2 = bR'\x00'
s3 = bR"""\N{DIGIT ONE}"""
s4 = R'''\x00'''
s5 = BR""""
\u00e9""" rb'more'
s6 = '''"
\N{BULLET}''' u'more'
s7 = BR'with \n newline'
s8 = r"\
 continued"
s9 = B'\\ backslash'
s10 = br' '
s11 = B"\U0001F600"
s12 = Br'it\'s' rb'more'
s13 = rB" "
s14 = bR'''\a\b\f\v'''
s15 = Rb'''\777'''
s16 = br'''\d unknown'''
s17 = R"""with \n newline"""
s18 = RB'\
 continued'
s19 = B"\t tab \r cr"
s20 = RB"\x41\x7f" rb'more'
s21 = RB"\101\0\12" B'more'
s22 = rb'''plain text'''
s23 = rB'''\t tab \r cr
\x00'''
s24 = b''' '''
s25 = br"\d unknown"
s26 = RB""
s27 = br"""\u00e9"""
s28 = rb"""it\'s"""
s29 = r'\N{BULLET}' u'more'
t = ('b\n' 'a' 'b\n' '\x00')
