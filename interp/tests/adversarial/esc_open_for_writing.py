# attack: open() for writing must fail
# expect: ok  limits: wall=1
# stdout: "blocked\n"
try:
    f = open('/tmp/kaa-adversarial-pwned', 'w')
    f.write('pwned')
    f.close()
    print('wrote!')
except Exception:
    print('blocked')
