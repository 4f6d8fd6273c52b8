# Generated: string and bytes literals, set 12.
s0 = BR"{braces} %s %d"
s1 = U' '
s2 = r"""\d unknown"""
s3 = r'\N{BULLET}'
s4 = B'say \"hi\"'
s5 = b"""#not a comment"""
s6 = bR'\101\0\12' rb'more'
s7 = BR"""say \"hi\"
\\ backslash"""
s8 = RB'plain text'
s9 = rb"#not a comment"
s10 = r'\a\b\f\v'
s11 = R'''\\ backslash
"'''
s12 = rb'''\x00''' B'more'
s13 = rb"\t tab \r cr" b'more'
s14 = '\t tab \r cr'
s15 = Br"\101\0\12"
s16 = r'''plain text'''
s17 = Rb'''plain text'''
s18 = R''' 
\d unknown'''
s19 = r'\N{DIGIT ONE}'
s20 = u"""\\ backslash"""
s21 = B"""tail\\
'""" rb'more'
s22 = br"{braces} %s %d"
s23 = rb'\N{DIGIT ONE}'
s24 = rb"with \n newline" rb'more'
s25 = b"""\\ backslash"""
s26 = br'\777'
s27 = B"tail\\" b'more'
s28 = B'''\u00e9'''
s29 = r"\x00"
t = ('a' 'é' 'é' 'é')
