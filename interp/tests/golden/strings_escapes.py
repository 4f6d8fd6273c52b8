# Escape sequences in str and bytes literals.
s = '\n\t\r\\\'\"'
s = '\a\b\f\v\0'
s = '\x41\x62\xff'
s = '\101\102\7\77\777'
s = '\u00e9\u4e2d\uFFFF'
s = '\U0001F600\U00000041'
s = '\N{LATIN SMALL LETTER E WITH ACUTE}\N{GREEK SMALL LETTER ALPHA}'
s = '\N{EM DASH}'
s = '\d\w\s unknown escapes stay'
s = 'line one\
line two'
s = """triple \
continued"""
b = b'\x00\x7f\x80\xff'
b = b'\n\t\\\'\"\a\b\f\v\0'
b = b'\101\0\7'
b = b'\u0041 stays literal in bytes'
b = b'\q unknown'
s = r'\u0041 raw'
s = 'tab	literal'
s = "nul \x00 inside"
s = '\x7f\x80\x9f\xa0\xad'
s = '\u2028\u2029\u200b'
s = '\U0010ffff'
s = 'é ü ñ 中文 日本語 🎉'
s = '\''
s = '\\'
s = '\
'
