# attack: flood of multi-byte characters
# expect: output_limit  limits: output=100000 memory=32M wall=1
while True:
    print('\u00e9\u4e2d\U0001f600' * 10)
