# attack: print in an endless loop
# expect: output_limit  limits: output=100000 memory=32M wall=1
# deterministic: run twice, same stdout and instruction count
while True:
    print('spam')
