# attack: __getattr__ that loops
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
class G:
    def __getattr__(self, name):
        while True:
            pass

G().anything
