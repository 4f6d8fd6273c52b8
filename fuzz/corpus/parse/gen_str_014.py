# Generated: string and bytes literals, set 14.
s0 = rB'''
plain text'''
s1 = u"""α\u03b2γ"""
s2 = BR"\x00"
s3 = B"\u00e9" rb'more'
s4 = rb'''\N{DIGIT ONE}
{braces} %s %d'''
s5 = r'''é ü 中'''
s6 = Rb'''\t tab \r cr'''
s7 = U'\t tab \r cr'
s8 = rB'''with \n newline
\a\b\f\v'''
s9 = br"""\\ backslash"""
s10 = RB''
s11 = b' '
s12 = bR'''\U0001F600'''
s13 = RB'\\ backslash'
s14 = r'''é ü 中'''
s15 = R"""it\'s
\8\9"""
s16 = RB"\\ backslash"
s17 = rb''''''
s18 = u'''it\'s
\N{DIGIT ONE}''' U'more'
s19 = br""
s20 = br"\t tab \r cr" B'more'
s21 = u""
s22 = rB"""\x00"""
s23 = BR"'"
s24 = Br'''tail\\'''
s25 = B' '
s26 = rB'say \"hi\"'
s27 = R"\a\b\f\v"
s28 = rb"""\x00"""
s29 = r"""\d unknown"""
t = ('\x00' 'b\n' '\x00' 'a')
