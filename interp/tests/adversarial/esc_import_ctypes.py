# attack: import ctypes must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'ctypes' (excluded from the Kaa sandbox)\n"
try:
    import ctypes
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
