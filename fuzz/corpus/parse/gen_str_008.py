# Generated: string and bytes literals, set 8.
s0 = rb'''\
 continued'''
s1 = u"""\101\0\12"""
s2 = bR""
s3 = rB"#not a comment"
s4 = Rb'with \n newline'
s5 = bR'''\
 continued
say \"hi\"'''
s6 = rB"""\777"""
s7 = b"say \"hi\""
s8 = rb'\x00' rb'more'
s9 = u"\u00e9"
s10 = B'#not a comment'
s11 = r'\u00e9'
s12 = b"\x41\x7f"
s13 = RB'''\x41\x7f
\t tab \r cr'''
s14 = R"""\101\0\12"""
s15 = u"" u'more'
s16 = br"\t tab \r cr"
s17 = rB'#not a comment'
s18 = R'''plain text'''
s19 = U"""\777"""
s20 = rB"\x00"
s21 = U'\
 continued'
s22 = Br"with \n newline" rb'more'
s23 = r'\N{BULLET}'
s24 = 'plain text'
s25 = Rb"\a\b\f\v" rb'more'
s26 = br'''{braces} %s %d'''
s27 = br'''\x41\x7f'''
s28 = bR"\
 continued"
s29 = RB'''\N{BULLET}
\N{DIGIT ONE}'''
t = ('b\n' 'b\n' 'b\n' 'a')
