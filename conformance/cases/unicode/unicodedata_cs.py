# unicodedata on surrogates: category Cs, no name.
import unicodedata
for c in ('\ud800', '\udbff', '\udc00', '\udfff'):
    print(ascii(c), unicodedata.category(c), unicodedata.bidirectional(c), unicodedata.name(c, 'none'),
          unicodedata.combining(c), unicodedata.east_asian_width(c), unicodedata.mirrored(c))
print(ascii(unicodedata.normalize('NFC', 'a\ud800')), unicodedata.decimal('\ud800', -1), unicodedata.numeric('\udc00', None))
unicodedata.name('\ud800')
