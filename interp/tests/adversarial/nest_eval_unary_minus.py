# attack: eval('-' * 10**5 + '1')
# expect: runtime_error(RuntimeError)|runtime_error(SyntaxError)|runtime_error(MemoryError)|ok  limits: memory=256M wall=1
print(eval('-' * 10**5 + '1'))
