# attack: eval('not ' * 10**5 + 'x')
# expect: runtime_error(RuntimeError)|runtime_error(SyntaxError)|runtime_error(MemoryError)|ok  limits: memory=256M wall=1
x = 0
print(eval('not ' * 10**5 + 'x'))
