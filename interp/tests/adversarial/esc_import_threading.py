# attack: import threading must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'threading' (excluded from the Kaa sandbox)\n"
try:
    import threading
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
