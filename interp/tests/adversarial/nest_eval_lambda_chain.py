# attack: eval of 10**5 nested lambdas
# expect: runtime_error(RuntimeError)|runtime_error(SyntaxError)|runtime_error(MemoryError)  limits: memory=256M wall=1
f = eval('lambda: ' * 10**5 + '0')
