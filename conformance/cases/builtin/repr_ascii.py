print(repr('a\nb'), ascii('ä'), repr(1.0), repr([1, '2']), ascii(['ö']))
