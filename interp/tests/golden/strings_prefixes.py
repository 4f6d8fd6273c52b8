# Every string prefix in every quote style.
s = 'single'
s = "double"
s = '''triple single'''
s = """triple double"""
s = r'raw \n stays'
s = R"raw \d+"
s = u'unicode'
s = U"unicode"
s = b'bytes'
s = B"BYTES"
s = br'raw bytes \x00'
s = Br"x"
s = bR'y'
s = BR"z"
s = rb'raw bytes'
s = rB"a"
s = Rb'b'
s = RB"c"
s = r'''raw triple \ '''
s = b"""bytes
triple"""
s = rb'''raw bytes
triple \n'''
s = u"""unicode
triple"""
s = ''
s = ""
s = b''
s = r""
s = ''''''
s = """"""
s = 'it\'s'
s = "say \"hi\""
s = '"'
s = "'"
s = """a "quoted" word"""
s = '''it's'''
s = """ends with quote\""""
s = r'\''
s = r"\""
s = r'\\'
