# attack: sys exposes no host paths, executable or environment
# expect: ok  limits: wall=1
# stdout: "leaks: []\nNone\n"
import sys
leaks = []
for name in ['executable', 'path', 'prefix', 'exec_prefix', 'base_prefix', 'argv']:
    v = getattr(sys, name, None)
    text = repr(v)
    if '/usr' in text or '/work' in text or '/home' in text or '/tmp' in text:
        leaks.append(name)
print('leaks:', leaks)
print(getattr(sys, 'environ', None))
