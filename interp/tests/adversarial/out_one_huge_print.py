# attack: one print of a 10 MB string
# expect: output_limit  limits: output=100000 memory=32M wall=1
print('x' * 10**7)
