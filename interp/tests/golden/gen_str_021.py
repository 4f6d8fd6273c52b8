# Generated: string and bytes literals, set 21.
s0 = BR'''plain text'''
s1 = br'\t tab \r cr'
s2 = B"'"
s3 = b'''\
 continued'''
s4 = '''with \n newline'''
s5 = rB"say \"hi\""
s6 = br'\8\9'
s7 = r'''\x41\x7f
 '''
s8 = Br"""\a\b\f\v
it\'s"""
s9 = Rb'''\N{BULLET}''' b'more'
s10 = u'''\x41\x7f'''
s11 = Br'\
 continued'
s12 = B"#not a comment"
s13 = bR'''\
 continued
\N{BULLET}'''
s14 = br"\t tab \r cr"
s15 = Rb''
s16 = R'\U0001F600'
s17 = b'{braces} %s %d'
s18 = u""" """
s19 = U'''\x41\x7f
#not a comment'''
s20 = rb'with \n newline'
s21 = Br'\101\0\12'
s22 = br"\\ backslash"
s23 = BR"""tail\\""" rb'more'
s24 = Rb"\101\0\12"
s25 = B"\t tab \r cr"
s26 = B"""\a\b\f\v"""
s27 = r'"'
s28 = r"\N{BULLET}"
s29 = U"\a\b\f\v"
t = ('\x00' '\x00' 'b\n' '\x00')
