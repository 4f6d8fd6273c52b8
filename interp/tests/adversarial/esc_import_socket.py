# attack: import socket must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'socket' (excluded from the Kaa sandbox)\n"
try:
    import socket
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
