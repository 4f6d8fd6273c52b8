import codecs
for name in ['utf-8', 'UTF8', 'utf_8', 'latin-1', 'latin1', 'ASCII', 'utf-16', 'utf-16-le',
             'UTF-32-BE', 'iso8859_1', 'hex', 'base64', 'rot13', 'rot_13']:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), info[0] is info.encode)
print(codecs.lookup('utf-8') is codecs.lookup('UTF-8'))
print(repr(codecs.lookup('ascii')).startswith('<codecs.CodecInfo object for encoding ascii at 0x'))
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
try:
    codecs.encode('x', 'bogus')
except LookupError as e:
    print('LookupError:', e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM_UTF16 == codecs.BOM_UTF16_LE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE,
      codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
codecs.lookup(5)
