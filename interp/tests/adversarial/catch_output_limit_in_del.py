# attack: after an output limit, __del__ tries to print more
# expect: output_limit  limits: output=100000 memory=32M wall=1
class Loud:
    def __del__(self):
        while True:
            print('more')

x = Loud()
while True:
    print('flood')
