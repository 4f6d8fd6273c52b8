# Generated: string and bytes literals, set 9.
s0 = B'''\x41\x7f
#not a comment'''
s1 = BR"say \"hi\""
s2 = B'\777'
s3 = """{braces} %s %d""" 'more'
s4 = R"""\x41\x7f
\\ backslash""" U'more'
s5 = r"#not a comment"
s6 = U"""'"""
s7 = u''
s8 = rB'\777'
s9 = b'''tail\\''' rb'more'
s10 = bR"\8\9"
s11 = u"\N{DIGIT ONE}"
s12 = RB'\777' rb'more'
s13 = u'\101\0\12'
s14 = bR"""
tail\\"""
s15 = Rb'''{braces} %s %d''' rb'more'
s16 = r"\x00"
s17 = u"""é ü 中
"""
s18 = Br'\x41\x7f'
s19 = rb'''with \n newline'''
s20 = bR'\
 continued'
s21 = 'it\'s'
s22 = RB'''{braces} %s %d'''
s23 = bR"\U0001F600"
s24 = BR"""\
 continued"""
s25 = BR"""
\101\0\12""" rb'more'
s26 = bR'''\x41\x7f'''
s27 = R"""\x00"""
s28 = b'''\101\0\12'''
s29 = R"say \"hi\""
t = ('a' 'a' '\x00' 'é')
