# attack: eval of '1+1+...+1' with 10**5 terms (left-deep tree)
# expect: ok|runtime_error(RuntimeError)|runtime_error(MemoryError)  limits: memory=256M wall=1
print(eval('+'.join(['1'] * 10**5)))
