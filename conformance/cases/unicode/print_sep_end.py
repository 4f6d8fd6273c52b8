# print() to stdout (strict UTF-8) with a lone surrogate in sep or end, or
# from a __str__: what comes before is written, then UnicodeEncodeError.
import sys
class S:
    def __str__(self):
        return 'x\udfff'
for kw in ({'end': '\ud800'}, {'sep': '\udc00'}, {}):
    try:
        print('a', 'b', S() if not kw else 'c', **kw)
    except UnicodeEncodeError as e:
        sys.stdout.flush()
        print()
        print(type(e).__name__, e.start, e.end, ascii(e.object))
print('a', end='\ud800')
