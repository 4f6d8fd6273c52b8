# attack: __del__ that never returns, on an object alive at program end
# expect: ok|time_limit(instructions)  limits: instructions=1000000 wall=1
class D:
    def __del__(self):
        while True:
            pass

keep = D()
print('end of program')
