def run(v):
    log = []
    try:
        log.append('try')
        if v:
            raise ValueError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(0), run(1))
