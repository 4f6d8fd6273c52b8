import unicodedata
for ch in 'aÅ€٣½ ':
    print(repr(ch), unicodedata.name(ch, '?'), unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.combining(ch), unicodedata.mirrored(ch), unicodedata.east_asian_width(ch), unicodedata.numeric(ch, None), unicodedata.decimal(ch, None), unicodedata.digit(ch, None))
print(unicodedata.lookup('SNOWMAN'), unicodedata.normalize('NFD', 'é') == 'e\u0301', unicodedata.normalize('NFC', 'e\u0301'), unicodedata.normalize('NFKC', 'ﬁ'), unicodedata.normalize('NFKD', '①'))
for bad in [lambda: unicodedata.lookup('NO SUCH'), lambda: unicodedata.name('\x00'), lambda: unicodedata.numeric('a'), lambda: unicodedata.decimal('x'), lambda: unicodedata.normalize('X', 'a')]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
unicodedata.lookup("NO SUCH THING")
