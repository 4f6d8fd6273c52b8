# Generated: string and bytes literals, set 6.
s0 = bR"""\
 continued
#not a comment"""
s1 = "\t tab \r cr"
s2 = rb"""it\'s"""
s3 = U'''\t tab \r cr'''
s4 = r"\777" r'more'
s5 = u'\101\0\12'
s6 = B"\a\b\f\v"
s7 = r'''\u00e9'''
s8 = RB'\x00'
s9 = B'''\x00'''
s10 = U'plain text'
s11 = BR""""""
s12 = bR'''\a\b\f\v'''
s13 = br'''\
 continued
\N{DIGIT ONE}'''
s14 = BR"\\ backslash"
s15 = Br" " b'more'
s16 = Rb"\101\0\12"
s17 = '''α\u03b2γ'''
s18 = RB"""'
\x41\x7f"""
s19 = R"tail\\"
s20 = u'\U0001F600'
s21 = Rb'\777'
s22 = rB''
s23 = br"\x41\x7f"
s24 = bR"""say \"hi\"
"""
s25 = BR'\x41\x7f'
s26 = U'''\\ backslash'''
s27 = U"""\U0001F600"""
s28 = r'#not a comment'
s29 = Br'''with \n newline'''
t = ('b\n' 'a' 'b\n' 'é')
