import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
for w in [1, 5, 12, 30]:
    print(w, textwrap.wrap("supercalifragilistic expialidocious a bb", width=w))
print(textwrap.wrap(s, width=20, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-b-c-d-e-f long-hyphenated-word-here", width=8))
print(textwrap.wrap("a-b-c-d long-hyphenated", width=8, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand there", width=10, expand_tabs=True, tabsize=4))
print(textwrap.wrap("Sentence one.  Sentence two. Three!", width=15, fix_sentence_endings=True))
print(textwrap.wrap("  leading and   inner   spaces  ", width=10, drop_whitespace=False))
print(textwrap.wrap("x" * 25, width=10, break_long_words=False))
print(textwrap.fill("line\nbreaks\r\nand\x0bvertical\x0cfeeds", width=12))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n    b")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("word", width=1))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print(e)
print(textwrap.wrap("ünïcödé wörds hère", width=7))
