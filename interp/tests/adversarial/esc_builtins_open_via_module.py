# attack: builtins.open / __builtins__['open'] must not give file access
# expect: ok  limits: wall=1
# stdout: "blocked\n"
import builtins
opener = getattr(builtins, 'open', None)
try:
    opener('/etc/hostname').read()
    print('read!')
except Exception:
    print('blocked')
