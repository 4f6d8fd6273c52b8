# attack: __del__ that creates and drops another instance
# (CPython never ends either: each __del__ frees the next instance, which
# runs __del__ again; the wall limit must stop it.)
# expect: time_limit(wall)  limits: wall=2
class D:
    def __del__(self):
        D()
D()
print('survived')
