# attack: __del__ that never returns, triggered by del
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
class D:
    def __del__(self):
        while True:
            pass

d = D()
del d
print('unreachable')
