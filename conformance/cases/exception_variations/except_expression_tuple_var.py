errs = (TypeError, ValueError)
try:
    int('q')
except errs as e:
    print('matched', type(e).__name__)
