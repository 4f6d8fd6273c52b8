# attack: eval('(' * 10**5 + ')' * 10**5)
# expect: runtime_error(RuntimeError)|runtime_error(SyntaxError)|runtime_error(MemoryError)  limits: memory=256M wall=1
eval('(' * 10**5 + ')' * 10**5)
