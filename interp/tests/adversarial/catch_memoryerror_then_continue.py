# attack: except MemoryError around a memory bomb, then continue
# expect: memory_limit  limits: memory=32M wall=1
# stdout: ""
try:
    s = 'x' * 10**10
except MemoryError:
    print('caught')
print('continued')
