#!/usr/bin/env python3
"""Write the adversarial inputs of issue 2 ("never crashes or hangs") to a folder.

    python3 fuzz/stress_inputs.py DIR

Then run each through a fuzz binary (it runs single files given as arguments):

    for f in DIR/*; do target/x86_64-unknown-linux-gnu/release/parse -timeout=60 "$f" || echo "FAIL $f"; done

or through the CLI: `kaa ast FILE` must print an AST or a SyntaxError, never crash.
"""
import os
import sys

N = 100000


def inputs():
    yield 'brackets.py', 'x = ' + '[' * N + ']' * N + '\n'
    yield 'parens.py', 'x = ' + '(' * N + '1' + ')' * N + '\n'
    yield 'braces_dict.py', 'x = ' + '{1:' * N + '1' + '}' * N + '\n'
    yield 'unclosed.py', '[' * N
    yield 'plus_chain.py', 'x = ' + '+'.join(['1'] * N) + '\n'
    yield 'power_chain.py', 'x = ' + '**'.join(['2'] * N) + '\n'
    yield 'compare_chain.py', 'x = ' + '<'.join(['1'] * N) + '\n'
    yield 'tuple_wide.py', 'x = ' + ','.join(['1'] * N) + '\n'
    yield 'not_chain.py', 'x = ' + 'not ' * N + 'y\n'
    yield 'neg_nested.py', 'x = ' + '-(' * N + '1' + ')' * N + '\n'
    yield 'unary_chain.py', 'x = ' + '-' * N + '1\n'
    yield 'attr_chain.py', 'x = a' + '.b' * N + '\n'
    yield 'call_chain.py', 'x = f' + '()' * N + '\n'
    yield 'lambda_chain.py', 'x = ' + 'lambda: ' * N + '0\n'
    yield 'ifexp_chain.py', 'x = ' + '1 if 1 else ' * N + '0\n'
    yield 'string_concat.py', 'x = ' + ' '.join(["'a'"] * N) + '\n'
    yield 'indent_deep.py', ''.join(' ' * i + 'if 1:\n' for i in range(2000)) + ' ' * 2000 + 'pass\n'
    yield 'line_50mb.py', 'x = "' + 'a' * 50000000 + '"\n'
    yield 'nul_byte.py', b'x = 1\x00\ny = 2\n'
    yield 'invalid_utf8.py', b'x = "\xff\xfe"\n'
    yield 'bad_cookie.py', b'# coding: no-such-codec\nx = 1\n'


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    os.makedirs(argv[0], exist_ok=True)
    for name, data in inputs():
        if isinstance(data, str):
            data = data.encode('utf-8')
        with open(os.path.join(argv[0], name), 'wb') as fh:
            fh.write(data)
    print('wrote stress inputs to %s' % argv[0])


if __name__ == '__main__':
    main(sys.argv[1:])
