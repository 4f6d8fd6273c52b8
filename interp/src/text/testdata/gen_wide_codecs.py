#!/usr/bin/env python3
"""Writes wide_codecs.txt: UTF-16/UTF-32 encode and decode cases checked by
codecs_wide_tests.rs. Run with python3 from this folder."""

import os
import random

from testdata_common import err, write

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(16)
NAMES = ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'utf_32_be']
HANDLERS = ['strict', 'ignore', 'replace']


def rows():
    out = []
    chars = ['a', '\xe9', '\u20ac', '\U0001f600', '\x00', '\ufeff', '\uffff', '\U0010ffff']
    for _ in range(200):
        s = ''.join(R.choice(chars) for _ in range(R.randint(0, 5)))
        name = R.choice(NAMES)
        out.append(('encode', s, name, 'strict', s.encode(name).hex()))
    pool = [b'\x00', b'\xd8', b'\xdc', b'\xff', b'\xfe', b'a', b'\x11', b'\x00\xd8', b'\x00\xdc', b'\xff\xfe',
            b'\xfe\xff', b'\x3d\xd8\x00\xde', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00']
    for _ in range(400):
        b = b''.join(R.choice(pool) for _ in range(R.randint(0, 6)))
        name, h = R.choice(NAMES), R.choice(HANDLERS)
        try:
            res = ascii(b.decode(name, h))
        except UnicodeDecodeError as e:
            res = '!UnicodeDecodeError: %s | %s %d %d %s' % (e, e.encoding, e.start, e.end, e.reason)
        except Exception as e:  # noqa: BLE001 - record any other failure as-is
            res = err(e)
        out.append(('decode', b.hex(), name, h, res))
    return out


if __name__ == '__main__':
    write(os.path.join(HERE, 'wide_codecs.txt'), rows(), 'encode/decode, text or hex, codec, errors, result')
