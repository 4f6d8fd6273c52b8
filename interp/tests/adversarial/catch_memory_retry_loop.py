# attack: retry a memory bomb forever under a bare except
# expect: memory_limit  limits: memory=32M wall=1
# stdout: ""
while True:
    try:
        s = 'x' * 10**10
    except:
        pass
