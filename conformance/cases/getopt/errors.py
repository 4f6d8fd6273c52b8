import getopt
cases = [(['-x'], 'ab', []), (['-b'], 'ab:', []), (['--nope'], '', ['yes']),
         (['--need'], '', ['need=']), (['--flag=1'], '', ['flag']),
         (['--f'], '', ['foo', 'fab']), (['-:'], 'a:', [])]
for args, short, longs in cases:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(repr(e.msg), repr(e.opt), str(e), e.args)
e = getopt.GetoptError('message')
print(e.msg, repr(e.opt), e.args)
getopt.gnu_getopt(['a', '--zz'], '', ['yy'])
