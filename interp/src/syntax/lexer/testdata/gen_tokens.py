#!/usr/bin/env python3
"""Regenerates tokens.txt: the token streams python3's tokenize module gives
for the sources in CASES, in `kaa tokens` format (KIND 'text' line:col).

Run from anywhere: python3 gen_tokens.py. The C tokenizer (and Kaa's) emit
no COMMENT or NL tokens, so they are dropped; OP tokens are named by their
exact type. Every case is valid Python 3.4 that tokenize treats the way the
C tokenizer does (no lone CR line endings, no errors).
"""
import io
import os
import tokenize

CASES = {
    "empty": "",
    "blank_lines": "\n\n  \n\t\n",
    "comment_only": "# hello\n",
    "comment_no_newline": "#c",
    "simple": "x = 1\n",
    "no_final_newline": "x = 1",
    "crlf": "x = 1\r\nif x:\r\n    y = 2\r\n",
    "indent_dedent": "if a:\n    b\n    if c:\n        d\n    e\nf\n",
    "dedent_several": "if a:\n  if b:\n    if c:\n      d\ne\n",
    "dedent_at_eof": "def f():\n    return 1\n",
    "dedent_at_eof_no_newline": "def f():\n    if x:\n        return 1",
    "tabs": "if a:\n\tb\n\tif c:\n\t\td\n",
    "tabs_consistent": "if a:\n\tb\n\tc = (1,\n  2)\n\td\n",
    "formfeed": "\x0cx = 1\nif a:\n\x0c    b\n",
    "blank_and_comment_lines_in_block": "if a:\n    b\n\n  # c\n        # d\n    e\n",
    "brackets_join_lines": "x = (1,\n     2,\n  3)\ny = [\n4]\nz = {5:\n6}\n",
    "brackets_comments": "x = (1,  # one\n# two\n     2)\n",
    "backslash": "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n",
    "backslash_indented_next": "if 1:\n    x = 1 + \\\n2\n    y\n",
    "names": "abc _x x_1 __init__ True None False and or not if\n",
    "unicode_names": "é = 1\nπr2 = 2\n変数 = 3\nÅngström = 4\n",
    "keywords_as_names": "print(async, await, nonlocal, yield)\n",
    "integers": "0 00 000 7 123 0x1F 0XaB 0o17 0O7 0b101 0B1 99999999999999999999999\n",
    "floats": "1. .5 1.5 1e10 1E-5 1e+5 1.5e3 0.0 00.5 0e0 09.5 09e1 1_ 3.14j 1J 0j .5j 1e5j\n",
    "number_then_name": "1if x else 2\nx = 1or 2\n",
    "operators": "+ - * / // % ** << >> & | ^ ~ < > <= >= == != -> . ... , : ; @ = ( ) [ ] { }\n",
    "augmented": "a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1\na >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1\n",
    "operators_adjacent": "a=-1;b=~-a;c=a**-b;d=a<-b\nx[1:2,::3]\n",
    "ellipsis_and_dots": "x = ...\ny = a.b.c\nz = x[...]\n. . .\n",
    "strings_simple": "'a' \"b\" '' \"\" 'it''s' \"q\\\"q\" 'q\\'q'\n",
    "strings_prefixes": "b'x' B'x' r'x' R'x' u'x' U'x' br'x' Br'x' bR'x' BR'x' rb'x' rB'x' Rb'x' RB'x'\n",
    "strings_triple": "'''a\nb''' \"\"\"c\n\"d\"\n\"\"\" '''x''''y'\n",
    "strings_triple_quotes_inside": "'''a'b''c''' \"\"\"a\"b\"\"c\"\"\"\n",
    "strings_escapes": "'\\n\\t\\\\' '\\x41\\u0041\\N{DASH}' b'\\x00\\xff' r'\\d+\\\\'\n",
    "string_backslash_newline": "x = 'abc\\\ndef'\ny = 2\n",
    "string_unicode": "s = 'héllo wörld ✓ 😀'\n",
    "string_then_name": "x = 'a'if 1 else'b'\n",
    "decorators": "@dec\n@dec.attr(1)\ndef f(a, *b, c=1, **d) -> int:\n    pass\n",
    "class_def": "class C(B, metaclass=M):\n    def m(self):\n        return self.x\n",
    "lambda_and_yield": "f = lambda x, y=2: x + y\ndef g():\n    yield from h()\n",
    "try_statement": "try:\n    pass\nexcept E as e:\n    raise X from e\nfinally:\n    pass\n",
    "with_statement": "with a as b, c as d:\n    pass\n",
    "nested_blocks_with_comments": "for i in range(3):\n    # comment\n    while x:\n        if y:\n            break\n        else:\n            continue\n# trailing\n",
    "semicolons": "a = 1; b = 2;\n",
    "trailing_whitespace": "x = 1   \ny = 2\t\n",
    "comment_after_code": "x = 1  # c\nif x:  # d\n    pass  # e\n",
    "indent_comment_first_line": "  # indented comment\nx = 1\n",
    "many_dedents_then_code": "class A:\n    def f(self):\n        if x:\n            return\n\n\nclass B:\n    pass\n",
    "continuation_in_brackets": "x = [1, \\\n2]\n",
    "string_concat_lines": "x = ('a'\n     'b')\n",
    "trailing_blanks_no_newline": "if x:\n    pass\n   ",
    "trailing_comment_no_newline": "if x:\n    pass\n  # c",
    "long_line": "x = " + " + ".join(str(i) for i in range(300)) + "\n",
}


def dump(source):
    out = []
    toks = tokenize.generate_tokens(io.StringIO(source).readline)
    for t in toks:
        if t.type in (tokenize.NL, tokenize.COMMENT):
            continue
        out.append("%s %r %d:%d" % (tokenize.tok_name[t.exact_type], t.string,
                                    t.start[0], utf8_col(source, t)))
    return "".join(line + "\n" for line in out)


def utf8_col(source, tok):
    """tokenize counts columns in characters; Kaa counts UTF-8 bytes."""
    line = tok.line if tok.line else ""
    lines = io.StringIO(source, newline="").readlines()
    if 1 <= tok.start[0] <= len(lines):
        line = lines[tok.start[0] - 1]
    return len(line[: tok.start[1]].encode("utf-8"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "tokens.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by gen_tokens.py from python3's tokenize module. Do not edit.\n")
        for name, source in CASES.items():
            f.write("@@ %s %s\n" % (name, source.encode("utf-8").hex()))
            f.write(dump(source))


if __name__ == "__main__":
    main()
