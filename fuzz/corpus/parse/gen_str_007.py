# Generated: string and bytes literals, set 7.
s0 = BR'''\
 continued
\u00e9'''
s1 = Rb'''\N{BULLET}'''
s2 = rB"\d unknown"
s3 = b"\d unknown"
s4 = bR"""\N{DIGIT ONE}
{braces} %s %d"""
s5 = RB"\101\0\12"
s6 = u"""\u00e9"""
s7 = rB'\101\0\12'
s8 = RB"with \n newline" b'more'
s9 = b"""\101\0\12"""
s10 = br"#not a comment"
s11 = Rb"\777" B'more'
s12 = B"plain text" b'more'
s13 = BR'''\
 continued'''
s14 = Br'' b'more'
s15 = "\N{BULLET}"
s16 = BR'''\x00''' B'more'
s17 = b"""#not a comment"""
s18 = U"α\u03b2γ"
s19 = br'''with \n newline
\101\0\12''' b'more'
s20 = rB"""{braces} %s %d"""
s21 = RB'''\a\b\f\v'''
s22 = Rb"""\8\9
\777"""
s23 = bR"\u00e9"
s24 = BR""" """
s25 = BR"""\u00e9"""
s26 = r"\\ backslash"
s27 = B'''plain text'''
s28 = rb"""\N{DIGIT ONE}"""
s29 = Br"""
\
 continued"""
t = ('\x00' 'a' 'é' 'é')
