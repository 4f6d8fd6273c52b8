# Generated: string and bytes literals, set 24.
s0 = b'with \n newline'
s1 = """\N{BULLET}
\d unknown"""
s2 = R"\t tab \r cr"
s3 = '''\u00e9'''
s4 = R"""\U0001F600
plain text""" u'more'
s5 = R"""say \"hi\""""
s6 = R'''#not a comment'''
s7 = br'"'
s8 = """\a\b\f\v"""
s9 = b"""\d unknown""" b'more'
s10 = rB'''it\'s'''
s11 = BR"""#not a comment""" rb'more'
s12 = bR'''plain text'''
s13 = r"""é ü 中"""
s14 = R'''#not a comment'''
s15 = bR"\t tab \r cr"
s16 = Br'\101\0\12'
s17 = BR""
s18 = b"""it\'s"""
s19 = br'''\U0001F600
"'''
s20 = rB"""with \n newline
tail\\"""
s21 = Rb'''\a\b\f\v'''
s22 = BR""" """ B'more'
s23 = RB"\u00e9"
s24 = rb'''\a\b\f\v'''
s25 = rb""" """
s26 = br"""\a\b\f\v"""
s27 = Rb'''#not a comment'''
s28 = RB'''\N{DIGIT ONE}'''
s29 = Rb"""\N{DIGIT ONE}"""
t = ('b\n' '\x00' 'a' 'b\n')
