# attack: __del__ that resurrects self and restarts work after a limit
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
keep = []
class Phoenix:
    def __del__(self):
        keep.append(self)
        while True:
            print('reborn')

p = Phoenix()
while True:
    pass
