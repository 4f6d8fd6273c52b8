# attack: import os gives the sandbox's harmless os: no processes, no files, no environment
# expect: ok  limits: wall=1
# stdout: "PermissionError\nPermissionError\n{}\n"
import os
for attempt in (lambda: os.system('echo pwned'), lambda: os.listdir('/')):
    try:
        attempt()
        print('escaped!')
    except (ImportError, PermissionError) as e:
        print(type(e).__name__)
print(dict(os.environ))
