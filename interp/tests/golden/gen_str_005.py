# Generated: string and bytes literals, set 5.
s0 = R"\777"
s1 = R'''\N{BULLET}'''
s2 = Br''
s3 = b"""with \n newline"""
s4 = Br'\\ backslash' b'more'
s5 = """\101\0\12"""
s6 = b'''{braces} %s %d
\d unknown'''
s7 = rB"""#not a comment"""
s8 = Br'''"'''
s9 = BR"""\N{BULLET}
#not a comment"""
s10 = "it\'s"
s11 = rB"""plain text""" B'more'
s12 = u"""\d unknown"""
s13 = rb''
s14 = rb"plain text" b'more'
s15 = Br""
s16 = rB'''\u00e9'''
s17 = R'''α\u03b2γ'''
s18 = RB"""'"""
s19 = R' '
s20 = rb'\U0001F600' b'more'
s21 = RB"""\777
\x00"""
s22 = r'\N{BULLET}'
s23 = br"\777"
s24 = U"""{braces} %s %d"""
s25 = Rb"""with \n newline""" B'more'
s26 = Br''
s27 = '''\x41\x7f'''
s28 = r"""\\ backslash
α\u03b2γ"""
s29 = rb"""\t tab \r cr""" B'more'
t = ('b\n' '\x00' 'é' '\x00')
