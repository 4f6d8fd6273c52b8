import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, width=30, initial_indent='> ', subsequent_indent='  '))
print(textwrap.wrap('a-very-long-hyphenated-word here', 8), textwrap.wrap('abcdefghijklmnop', 5), textwrap.wrap('abcdefghij', 4, break_long_words=False))
print(textwrap.dedent('    a\n      b\n    c\n'), repr(textwrap.dedent('  x\n\n  y')), textwrap.indent('a\nb\n\nc', '+ '), textwrap.indent('a\n\nb', '>', lambda l: True))
print(textwrap.shorten('Hello  world, this is long', width=15), textwrap.shorten('Hi there', 20), textwrap.shorten('abc def ghi', 8, placeholder='..'))
w = textwrap.TextWrapper(width=10, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=False, fix_sentence_endings=True)
print(w.wrap('a\tb c. d e f g h'), textwrap.wrap('', 5), textwrap.wrap('   ', 5), textwrap.wrap('one two', 3, max_lines=1, placeholder='~') if False else '')
