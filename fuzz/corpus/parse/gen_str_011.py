# Generated: string and bytes literals, set 11.
s0 = rB'''\\ backslash'''
s1 = r'''#not a comment''' U'more'
s2 = """\777"""
s3 = br'"'
s4 = u"tail\\"
s5 = Br'say \"hi\"'
s6 = rb'tail\\'
s7 = Rb"#not a comment"
s8 = RB"\u00e9" B'more'
s9 = BR'{braces} %s %d'
s10 = BR"""\
 continued""" rb'more'
s11 = rB"""\777"""
s12 = rb"\777"
s13 = '\777'
s14 = BR'''\U0001F600''' b'more'
s15 = Br'''\t tab \r cr'''
s16 = rb"'" rb'more'
s17 = B'''"'''
s18 = RB'plain text'
s19 = rB"\x00"
s20 = r"""\N{DIGIT ONE}"""
s21 = R'\N{BULLET}'
s22 = rb'plain text'
s23 = RB''''
'''
s24 = b'\N{BULLET}'
s25 = r'plain text'
s26 = u"é ü 中"
s27 = B'''tail\\'''
s28 = """\u00e9"""
s29 = R"""\x41\x7f"""
t = ('é' 'a' 'é' 'é')
