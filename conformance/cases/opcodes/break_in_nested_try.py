for i in range(3):
    try:
        try:
            if i == 1:
                break
        finally:
            print('inner', i)
    finally:
        print('outer', i)
print('after', i)
