import datetime as dt
print(repr(dt.datetime.strptime('2021-03-07 14:05:09', '%Y-%m-%d %H:%M:%S')))
x = dt.datetime.strptime('07/Mar/2021:14:05:09 +0100', '%d/%b/%Y:%H:%M:%S %z')
print(x, x.utcoffset(), x.tzinfo.utcoffset(None))
print(repr(dt.datetime.strptime('Sunday, March 7 2021', '%A, %B %d %Y')))
print(repr(dt.datetime.strptime('12.5', '%S.%f')))
print(repr(dt.datetime.strptime('2021 066', '%Y %j')))
print(repr(dt.datetime.strptime('11:30 pm', '%I:%M %p')))
for s, f in [('2021-02-30', '%Y-%m-%d'), ('2021-03-07x', '%Y-%m-%d'), ('abc', '%Y'), ('2021', '%Q'), ('10', '%')]:
    try:
        dt.datetime.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
try:
    dt.datetime.strptime(2021, '%Y')
except TypeError as e:
    print('TypeError', e)
dt.datetime.strptime('2021-13-01', '%Y-%m-%d')
