# Generated: string and bytes literals, set 20.
s0 = RB'\N{DIGIT ONE}'
s1 = "\8\9"
s2 = br"\x00"
s3 = r'''\101\0\12'''
s4 = rB"\\ backslash"
s5 = b'''\x00'''
s6 = Rb'''\N{DIGIT ONE}
\\ backslash''' B'more'
s7 = RB"""\\ backslash"""
s8 = b"\777"
s9 = Br'''"'''
s10 = rB"\t tab \r cr"
s11 = Br'"'
s12 = b'''\u00e9
\d unknown'''
s13 = B""
s14 = U"\
 continued"
s15 = b"\t tab \r cr"
s16 = RB"\777"
s17 = b'''\U0001F600'''
s18 = br''''''
s19 = B'''\N{DIGIT ONE}''' rb'more'
s20 = B"""\N{DIGIT ONE}
\
 continued"""
s21 = B' '
s22 = br'it\'s'
s23 = b"""plain text"""
s24 = Br"""\x00"""
s25 = u'''it\'s
say \"hi\"'''
s26 = r"""\\ backslash
with \n newline"""
s27 = Br"\
 continued"
s28 = rb'''\\ backslash'''
s29 = b'it\'s'
t = ('é' 'a' '\x00' 'b\n')
