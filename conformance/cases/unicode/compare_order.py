# Ordering is by code point: surrogates sort between U+D7FF and U+E000.
items = ['\ue000', '\ud800', 'z', '\ufffd', '\udfff', '\ud7ff', '\U00010000']
print([hex(ord(c)) for c in sorted(items)])
print('\ud800' < '\ue000', '\ud800' > '\ud7ff', '\udfff' < '\ufffd', 'a\ud800' < 'a\udc00')
print(max(items) == '\U00010000', hex(ord(min('\ud800', '\ufffd'))), '\ud800' <= '\ud800')
sorted(items)[10]
