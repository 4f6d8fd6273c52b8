# Generated: string and bytes literals, set 15.
s0 = b'\u00e9'
s1 = "\x00"
s2 = rB'''\\ backslash'''
s3 = RB"""\101\0\12
#not a comment"""
s4 = rb"""\N{DIGIT ONE}
{braces} %s %d""" B'more'
s5 = 'it\'s'
s6 = Rb"\U0001F600"
s7 = U"""\101\0\12
\x41\x7f"""
s8 = Rb"""'""" rb'more'
s9 = r'''\U0001F600
é ü 中'''
s10 = B"{braces} %s %d"
s11 = br"""\d unknown""" b'more'
s12 = RB""" 
{braces} %s %d"""
s13 = B'"'
s14 = br'\t tab \r cr' B'more'
s15 = U"\\ backslash"
s16 = '"'
s17 = rb'it\'s' b'more'
s18 = B"\U0001F600"
s19 = b'''\x00
\u00e9'''
s20 = "\u00e9"
s21 = rb""" """ rb'more'
s22 = rb'it\'s' B'more'
s23 = u'\U0001F600'
s24 = Rb'''\x00'''
s25 = Br"""\t tab \r cr"""
s26 = BR'''\a\b\f\v'''
s27 = rb'''\d unknown'''
s28 = rb'''\N{DIGIT ONE}'''
s29 = '''é ü 中'''
t = ('a' 'b\n' 'é' 'b\n')
