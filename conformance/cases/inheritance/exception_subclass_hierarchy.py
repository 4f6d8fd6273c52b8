class AppError(Exception): pass
class DBError(AppError): pass
try:
    raise DBError('db down')
except AppError as e:
    print('caught', type(e).__name__, e, isinstance(e, Exception))
