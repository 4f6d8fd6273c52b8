# attack: print('', end=<10 MB>)
# expect: output_limit  limits: output=100000 memory=32M wall=1
print('', end='z' * 10**7)
