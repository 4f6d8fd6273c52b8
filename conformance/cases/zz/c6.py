print('a\u1234\U00012345'.encode('ascii', 'backslashreplace'), 'a\u1234'.encode('latin-1', 'xmlcharrefreplace'))
