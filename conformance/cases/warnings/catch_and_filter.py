import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', RuntimeWarning)
    except RuntimeWarning as e:
        print('caught', e)
print(issubclass(DeprecationWarning, Warning))
