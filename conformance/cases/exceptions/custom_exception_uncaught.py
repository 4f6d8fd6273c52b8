class AppError(Exception):
    pass
print('start')
raise AppError('something broke')
