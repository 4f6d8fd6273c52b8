# attack: an output flood inside except BaseException that prints after
# expect: output_limit  limits: output=100000 memory=32M wall=1
try:
    while True:
        print('flood')
except BaseException:
    print('CAUGHT')
