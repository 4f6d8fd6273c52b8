# Generated: string and bytes literals, set 16.
s0 = bR'\N{BULLET}'
s1 = B"""plain text
\d unknown"""
s2 = r'''#not a comment
 '''
s3 = rB'\8\9'
s4 = B'''\N{DIGIT ONE}'''
s5 = u"""\x00"""
s6 = r'''\x41\x7f'''
s7 = r'\d unknown'
s8 = Br"plain text"
s9 = Br'\777'
s10 = br"""\x00
plain text"""
s11 = br'''\N{DIGIT ONE}'''
s12 = Rb'''\x41\x7f'''
s13 = rB"""{braces} %s %d
\N{DIGIT ONE}"""
s14 = b"\101\0\12" B'more'
s15 = b"\8\9"
s16 = bR'''with \n newline''' rb'more'
s17 = Rb"\\ backslash" b'more'
s18 = bR'''\U0001F600
with \n newline''' rb'more'
s19 = rb"""\u00e9"""
s20 = rb"""\N{DIGIT ONE}"""
s21 = U"""plain text"""
s22 = rb"""\x00"""
s23 = bR"\101\0\12" b'more'
s24 = b'say \"hi\"' b'more'
s25 = bR''
s26 = br"""\d unknown"""
s27 = b"""tail\\"""
s28 = u"{braces} %s %d" 'more'
s29 = bR"it\'s"
t = ('b\n' '\x00' '\x00' 'a')
