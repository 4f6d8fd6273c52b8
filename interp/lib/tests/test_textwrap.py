import textwrap
from kaa_check import show, py34

text = ("The quick brown fox jumps over the lazy dog.  It was a well-known fact that "
        "foxes are quick; dogs are lazy. Supercalifragilisticexpialidocious words break. "
        "Tabs\there and\nnewlines too. Mr. Smith went to Washington. End!")
for width in [1, 5, 10, 12, 20, 33, 50, 70, 200]:
    show("wrap %d" % width, lambda: textwrap.wrap(text, width))
    show("fill %d" % width, lambda: textwrap.fill(text, width))
show("wrap nobreak", lambda: textwrap.wrap(text, 10, break_long_words=False))
show("wrap nohyphen", lambda: textwrap.wrap(text, 15, break_on_hyphens=False))
show("wrap indents", lambda: textwrap.wrap(text, 30, initial_indent='* ', subsequent_indent='  '))
show("wrap keepws", lambda: textwrap.wrap('  a  b   c  ', 4, drop_whitespace=False))
show("wrap noreplace", lambda: textwrap.wrap('a\tb\nc d', 3, replace_whitespace=False, expand_tabs=False))
show("wrap tabsize", lambda: textwrap.wrap('a\tb\tc', 20, tabsize=4))
show("wrap sentence", lambda: textwrap.wrap('Hello there. How are you? Fine! "Quoted." Mr. X. 3. ok', 80, fix_sentence_endings=True))
show("wrap max_lines", lambda: textwrap.wrap(text, 20, max_lines=3))
show("wrap max_lines ph", lambda: textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
show("wrap max_lines 1", lambda: textwrap.wrap(text, 15, max_lines=1))
show("wrap max fits", lambda: textwrap.wrap('short text', 20, max_lines=1))
show("wrap ph too big", lambda: textwrap.wrap(text, 4, max_lines=1))
show("wrap width 0", lambda: textwrap.wrap(text, 0))
show("wrap empty", lambda: (textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('')))
show("hyphens", lambda: textwrap.wrap('a well-known self-evident multi-part-word e-mail x-y 1-2 ab-cd--ef -- dash--dash', 6))
show("hyphens2", lambda: textwrap.wrap('look, good-bye! "ab-cd" (xy-zw) A-B-C abc-d2e', 5))
show("long word", lambda: textwrap.wrap('abcdefghijklmnopqrstuvwxyz', 7))
show("shorten", lambda: textwrap.shorten('Hello  world!  How are you?', 12))
show("shorten fits", lambda: textwrap.shorten('Hello world', 11))
show("shorten ph", lambda: textwrap.shorten('Hello world, this is long', 15, placeholder=' >>'))
w = textwrap.TextWrapper(width=25, initial_indent='> ')
show("wrapper", lambda: (w.wrap(text)[:3], w.width))
w.width = 12
show("wrapper changed", lambda: w.fill('one two three four five six'))
dedent_cases = [
    "    hello\n    world\n",
    "  a\n    b\n  c",
    "\ta\n\tb",
    "  a\n\tb",
    "    \n  x\n   \n  y\n",
    "no indent\n  here",
    "",
    "   only spaces   ",
    "  a\r\n  b\r\n",
    "   x\n  \t\n   y",
]
for case in dedent_cases:
    show("dedent %r" % case, lambda: textwrap.dedent(case))
py34("dedent mixed", lambda: textwrap.dedent("  \tx\n   y"), "'  \\tx\\n   y'")  # 3.4: no common margin
show("indent", lambda: textwrap.indent('a\n\nb\n  \nc', '> '))
show("indent pred", lambda: textwrap.indent('a\n\nb', '+', lambda line: True))
show("indent crlf", lambda: textwrap.indent('a\r\nb\r\n', '  '))
import random
rng = random.Random(21)
pieces = ['word', 'hyphen-ated', 'multi-part-thing', 'em--dash', '--', '---', 'x', 'ab1-cd', '1-2', 'a-b', '"quoted-text"',
          'end.', 'Yes!', 'done?', '(paren-thesis)', 'tab\there', 'new\nline', '...', 'e-mail', 'A-Z', 'naïve-café', '_under-score_']
for i in range(80):
    text = ' '.join(rng.choice(pieces) for _ in range(rng.randrange(1, 25))) + rng.choice(['', ' ', '  ', '\n'])
    # Wide enough that no piece is a long word: python3 (3.10+) breaks long
    # words at hyphens, 3.4 does not.
    width = rng.randrange(18, 45)
    opts = [{}, {'break_on_hyphens': False}, {'break_long_words': False}, {'fix_sentence_endings': True},
            {'drop_whitespace': False}, {'max_lines': 2}, {'initial_indent': '> ', 'subsequent_indent': '. '}][i % 7]
    show("random wrap %d w=%d %r" % (i, width, sorted(opts)), lambda: textwrap.wrap(text, width, **opts))
