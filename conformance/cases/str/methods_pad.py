print(repr('ab'.center(7, '*')), repr('ab'.ljust(5)), repr('ab'.rjust(5, '0')), repr('42'.zfill(5)), repr('-42'.zfill(6)), repr('abc'.center(2)))
