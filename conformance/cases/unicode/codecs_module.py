# The codecs module with lone surrogates.
import codecs
print(codecs.encode('\udc80', 'utf-8', 'surrogateescape'), ascii(codecs.decode(b'\xff', 'utf-8', 'surrogateescape')))
print(codecs.encode('\ud800', 'utf-8', 'surrogatepass'), ascii(codecs.decode(b'\xed\xa0\x80', 'utf-8', 'surrogatepass')))
print(callable(codecs.lookup_error('surrogateescape')), callable(codecs.lookup_error('surrogatepass')))
codecs.encode('\ud800', 'utf-8')
