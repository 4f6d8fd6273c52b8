import unicodedata
unicodedata.lookup('NO SUCH CHARACTER NAME')
