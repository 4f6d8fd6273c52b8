log = []
def f():
    try:
        log.append('try')
        return log.append('return-expr')
    finally:
        log.append('finally')
f()
print(log)
