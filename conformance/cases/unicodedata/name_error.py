import unicodedata
unicodedata.name('\x00')
