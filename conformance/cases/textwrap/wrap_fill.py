import textwrap
text = 'The quick brown fox jumps over the lazy dog and keeps running far away.'
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(repr(textwrap.dedent('    a\n      b\n    c')))
print(textwrap.indent('x\n\ny\n', '> '), end='')
print(textwrap.shorten('Hello   world, this is long', width=15))
