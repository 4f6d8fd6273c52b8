# attack: open('/etc/passwd') must fail
# expect: ok  limits: wall=1
# stdout: "blocked\n"
try:
    print(open('/etc/passwd').read()[:20])
except Exception:
    print('blocked')
