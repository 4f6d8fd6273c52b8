# Generated: string and bytes literals, set 17.
s0 = b'''\101\0\12''' rb'more'
s1 = rb"\t tab \r cr"
s2 = B'say \"hi\"'
s3 = r"""with \n newline"""
s4 = BR'\\ backslash'
s5 = U"""\x41\x7f""" r'more'
s6 = Rb'\a\b\f\v'
s7 = rB'with \n newline' rb'more'
s8 = Br'''plain text'''
s9 = r"\u00e9"
s10 = r'''\U0001F600'''
s11 = b''''''
s12 = rb'"' rb'more'
s13 = Rb"#not a comment"
s14 = rb"it\'s"
s15 = U'α\u03b2γ'
s16 = Br'\101\0\12'
s17 = rb"with \n newline"
s18 = bR"\d unknown"
s19 = U"\101\0\12"
s20 = u'\t tab \r cr'
s21 = RB'\U0001F600'
s22 = rB""" """
s23 = b"""'
"""
s24 = R" "
s25 = RB'\777'
s26 = R'say \"hi\"'
s27 = RB"\8\9"
s28 = Br'plain text' rb'more'
s29 = B"""\101\0\12
\x00"""
t = ('a' '\x00' 'b\n' '\x00')
