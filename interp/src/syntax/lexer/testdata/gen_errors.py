#!/usr/bin/env python3
"""Regenerates errors.txt: the SyntaxError each source in CASES raises in
python3 (compiled as a file named main.py), turned into CPython 3.4's
error where the two differ.

* Messages: py34-vs-py311.md §2 rows 120-122, 146-148 (3.4 words tokenizer
  errors its own way); MESSAGES below.
* Line and offset: where 3.11's tokenizer places the error differently, the
  3.4 position comes from 3.4's Parser/tokenizer.c and parsetok.c, as the
  reason next to each override says. The offset counts characters of the
  line shown in `text` (3.4's offset counts from the start of its line
  buffer, which is the same line in all these cases).

Format: `@@ <hex of the source>` then `<Class>|<line>|<offset>|<text>|<msg>`
(`text` with `\\n` for line breaks; `-` when there is none), or `ok` when
3.4 accepts the source as far as the tokenizer goes.
"""
import os
import subprocess
import sys

MESSAGES = [
    ("unterminated string literal", "EOL while scanning string literal"),
    ("unterminated triple-quoted string literal", "EOF while scanning triple-quoted string literal"),
    ("was never closed", "unexpected EOF while parsing"),
    ("leading zeros in decimal integer literals", "invalid token"),
    ("invalid hexadecimal literal", "invalid token"),
    ("in octal literal", "invalid token"),
    ("in binary literal", "invalid token"),
    ("invalid decimal literal", "invalid token"),
    ("invalid character", "invalid character in identifier"),
    ("invalid non-printable character", "invalid character in identifier"),
    ("source code string cannot contain null bytes", "source code cannot contain null bytes"),
]

# Why a 3.4 position differs from 3.11's (see tokenizer.c of 3.4):
EOL = "E_EOLS: tok->cur = tok->inp, the end of the line after its (faked) line break"
EOF_STR = ("E_EOFS/E_EOLS at end of file: the file reader reads one more, empty, line after a "
           "final line break (or fakes the break of an unterminated last line), lineno moves on")
EOF_PAREN = ("E_EOF: the parser fails on the ENDMARKER turned NEWLINE; the reader has moved to "
             "line n+1, its buffer is empty, the cursor is stale at the last line's length")
TAB = "indenterror(): tok->cur = tok->inp, the end of the line"
TOKEN = "E_TOKEN: tok_backup() leaves the cursor on the character it could not accept"
END_OF_TOKEN = "parsetok: offset is the cursor after the rejected token"
NUL = "Kaa refuses NUL bytes as python3.11+ does for files (3.4 silently cuts the line)"

CASES = [
    (b"if 1:\n    x\n  y\n", None),
    (b"if 1:\n\tx\n        y\n", (3, 10, TAB)),
    (b"if 1:\n        x\n\ty\n", (3, 3, TAB)),
    (b"if 1:\n  \tx\n\ty\n", (3, 3, TAB)),
    (b"if 1:\n" + b"".join(b" " * i + b"if 1:\n" for i in range(1, 101)), (101, 106, TAB)),
    (b"x = 'abc\n", (1, 9, EOL)),
    (b"x = 'abc", (1, 9, EOL)),
    (b"x = \"abc\n  y = 1\n", (1, 9, EOL)),
    (b"s = ('a'\n     'b\n", (2, 8, EOL)),
    (b"x = '''abc\n", (3, 1, EOF_STR, "")),
    (b"x = '''abc", (2, 11, EOF_STR)),
    (b"x = '''a\nbc\n", (4, 1, EOF_STR, "")),
    (b"x = 'abc\\\n", (2, 1, EOF_STR, "")),
    (b"x = 'abc\\", (2, 10, EOF_STR, "x = 'abc\\")),
    (b"x = 1 \\ y\n", (1, 10, "E_LINECONT: tok->cur = tok->inp, the end of the line")),
    (b"x = 1 \\", "ok"),  # 3.4: parsetok turns the ENDMARKER after the continuation into NEWLINE
    (b"x = 1 \xe2\x82\xac 2\n", None),
    (b"a\xc2\xa0= 1\n", None),
    (b"x = \xe2\x82\xacabc + 1\n", (1, 8, "E_IDENTIFIER: the cursor is after the whole run")),
    (b"x = 0777\n", (1, 8, TOKEN)),
    (b"x = 01\n", (1, 6, TOKEN)),
    (b"x = 0xg\n", None),
    (b"x = 0o8\n", (1, 6, TOKEN)),
    (b"x = 0b2\n", (1, 6, TOKEN)),
    (b"x=1e+\n", None),
    (b"x = 1E-a\n", None),
    (b"x = $\n", None),
    (b"x = a ? b\n", None),
    (b"x = !a\n", None),
    (b"x = `a`\n", None),
    (b"1 <> 2\n", (1, 4, END_OF_TOKEN)),
    (b"x = (1, 2\n", (2, 10, EOF_PAREN, "")),
    (b"x = (1, 2", (2, 10, EOF_PAREN, "")),
    (b"x = [1,\n\n", (3, 1, EOF_PAREN, "")),
    (b"foo(\n  1,\n  # c\n", (4, 6, EOF_PAREN, "")),
    (b"x = 1\ny\x00 = 2\n", (2, 2, NUL, "y = 2")),
]

PROBE = r"""
import sys
src = open(sys.argv[1], 'rb').read()
try:
    compile(src, 'main.py', 'exec')
    print('ok')
except SyntaxError as e:
    print('%s\t%s\t%s\t%r\t%s' % (type(e).__name__, e.lineno, e.offset, e.text, e.msg))
"""


def python3_error(source):
    path = "/tmp/kaa_gen_errors_main.py"
    with open(path, "wb") as f:
        f.write(source)
    out = subprocess.run([sys.executable, "-c", PROBE, path], capture_output=True,
                         text=True, check=True).stdout.strip()
    os.unlink(path)
    return out


def to_34(source, override):
    out = python3_error(source)
    if out == "ok" or override == "ok":
        return "ok"
    cls, line, offset, text, msg = out.split("\t", 4)
    for old, new in MESSAGES:
        if old in msg:
            msg = new
    text = eval(text)
    if text is not None:
        text = text.rstrip("\r\n")
    if override is not None:
        line, offset = override[0], override[1]
        if len(override) > 3:
            text = override[3]
    text = "-" if text is None else text.replace("\\", "\\\\").replace("\n", "\\n")
    return "%s|%s|%s|%s|%s" % (cls, line, offset, text, msg)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "errors.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by gen_errors.py from python3, with 3.4's messages and positions.\n")
        for source, override in CASES:
            f.write("@@ %s\n%s\n" % (source.hex(), to_34(source, override)))


if __name__ == "__main__":
    main()
