# Generated: string and bytes literals, set 4.
s0 = R"""\777"""
s1 = RB"""with \n newline
\t tab \r cr"""
s2 = B"with \n newline"
s3 = Rb"""\
 continued"""
s4 = rB"""\8\9"""
s5 = Rb" "
s6 = """\777"""
s7 = br"""\\ backslash"""
s8 = U'''α\u03b2γ'''
s9 = "é ü 中"
s10 = r"\t tab \r cr"
s11 = bR"it\'s"
s12 = Rb"tail\\"
s13 = R'''\N{DIGIT ONE}
\x00'''
s14 = r"it\'s" U'more'
s15 = rB'\8\9'
s16 = Rb'with \n newline'
s17 = '\t tab \r cr'
s18 = br'\101\0\12'
s19 = U'''{braces} %s %d'''
s20 = bR"\x41\x7f"
s21 = "\U0001F600"
s22 = R'''tail\\'''
s23 = Rb'\
 continued' b'more'
s24 = BR"""plain text
\U0001F600""" rb'more'
s25 = Br'"'
s26 = bR'''\101\0\12''' rb'more'
s27 = br"""tail\\
"""
s28 = rB'''\N{DIGIT ONE}''' rb'more'
s29 = Rb"{braces} %s %d"
t = ('a' 'é' 'a' '\x00')
