# attack: eval of a memory bomb inside try/except
# expect: memory_limit  limits: memory=32M wall=1
# stdout: ""
try:
    eval("'x' * 10**10")
except BaseException:
    pass
print('after')
