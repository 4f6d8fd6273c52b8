# attack: an output flood whose finally loops forever
# expect: output_limit  limits: output=100000 memory=32M wall=1
try:
    while True:
        print('flood')
finally:
    while True:
        pass
