# Generated: string and bytes literals, set 22.
s0 = r'\u00e9'
s1 = bR'"'
s2 = br"""\x41\x7f"""
s3 = u"\d unknown"
s4 = B"\8\9" rb'more'
s5 = rB'\a\b\f\v'
s6 = b'''\u00e9
\U0001F600'''
s7 = b'\777'
s8 = u"\\ backslash"
s9 = Br"""\N{DIGIT ONE}"""
s10 = b'with \n newline'
s11 = bR'{braces} %s %d' B'more'
s12 = rb'''with \n newline
#not a comment'''
s13 = br"""\777"""
s14 = rB"{braces} %s %d"
s15 = Br'\N{DIGIT ONE}' b'more'
s16 = BR"""plain text
with \n newline""" b'more'
s17 = R'''"
\x41\x7f'''
s18 = Br"#not a comment"
s19 = br'''\101\0\12''' b'more'
s20 = R'''\N{DIGIT ONE}
\8\9'''
s21 = rb'\d unknown' B'more'
s22 = u"""\x41\x7f"""
s23 = U"it\'s"
s24 = r'''\\ backslash
it\'s'''
s25 = RB'''{braces} %s %d'''
s26 = B"\\ backslash" rb'more'
s27 = "\101\0\12"
s28 = b" " b'more'
s29 = R'''\d unknown'''
t = ('\x00' 'b\n' 'b\n' '\x00')
