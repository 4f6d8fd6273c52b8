#!/usr/bin/env python3
"""Replace one marked section of bench/README.md with the contents of a file.

    python3 bench/update_readme.py SECTION FILE

The section is the text between `<!-- SECTION:start -->` and
`<!-- SECTION:end -->`; the markers are added at the end when missing.
"""
import os
import sys


def main(section, path):
    readme = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'README.md')
    with open(path, encoding='utf-8') as fh:
        body = fh.read().rstrip('\n') + '\n'
    text = open(readme, encoding='utf-8').read() if os.path.exists(readme) else '# Benchmarks\n'
    start, end = '<!-- %s:start -->' % section, '<!-- %s:end -->' % section
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        text = head + start + '\n' + body + end + tail
    else:
        text = text.rstrip('\n') + '\n\n' + start + '\n' + body + end + '\n'
    with open(readme, 'w', encoding='utf-8') as fh:
        fh.write(text)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
