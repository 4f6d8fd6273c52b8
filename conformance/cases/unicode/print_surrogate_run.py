# A run of surrogates is one error; what print wrote before stays.
print('first line')
try:
    print('\ud800\udfffx')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason, ascii(e.object))
print('a', 'b\ud800')
