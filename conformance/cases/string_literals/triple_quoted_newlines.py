s = """line1
line2\
 continued
"""
print(repr(s))
