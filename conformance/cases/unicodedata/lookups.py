import unicodedata as u
print(u.name('A'), u.name('\u00e9'), u.lookup('GREEK SMALL LETTER ALPHA'), u.category('A'), u.category('1'), u.category(' '))
print(u.numeric('\u00bd'), u.decimal('9'), u.digit('\u00b2'), u.bidirectional('A'), u.combining('\u0301'), u.mirrored('('))
print(ascii(u.normalize('NFD', '\u00e9')), ascii(u.normalize('NFC', 'e\u0301')), ascii(u.normalize('NFKC', '\ufb01')))
print(u.name('\x00', 'no name'), u.decimal('x', None), u.east_asian_width('A'))
