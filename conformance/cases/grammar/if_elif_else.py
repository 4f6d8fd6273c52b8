for n in range(5):
    if n == 0:
        print('zero')
    elif n == 1:
        print('one')
    elif n < 4:
        print('small', n)
    else:
        print('big')
