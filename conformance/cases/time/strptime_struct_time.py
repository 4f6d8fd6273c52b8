import time
print(time.strptime('2021-03-07', '%Y-%m-%d'))
st = time.strptime('Mon Jan  5 10:11:12 2015')
print(st, st.tm_wday, st.tm_yday, st.tm_isdst)
print(time.strptime('10 2021', '%W %Y')[:3], time.strptime('12 PM', '%I %p').tm_hour)
print(time.strftime('%A %B %j', time.strptime('2020-12-31', '%Y-%m-%d')))
print(time.gmtime(1e9), time.asctime(time.gmtime(1e9)), time.ctime(0))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0)))
print(isinstance(time.gmtime(), tuple), len(time.gmtime()))
for bad in [('2021', '%Y %m'), ('2021-02-29', '%Y-%m-%d'), ('x', '%d'), ('1', '%i')]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    time.strptime(5)
except TypeError as e:
    print('TypeError', e)
time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0))
