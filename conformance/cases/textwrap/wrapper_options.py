import textwrap
w = textwrap.TextWrapper(width=12, break_long_words=False, replace_whitespace=True)
print(w.wrap('supercalifragilistic is long\tword'))
w = textwrap.TextWrapper(width=10, expand_tabs=True, drop_whitespace=False)
print(w.wrap('a b  c   d e f g h'))
print(textwrap.fill('x ' * 10, width=7, max_lines=2, placeholder='...'))
