# attack: import _thread must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named '_thread' (excluded from the Kaa sandbox)\n"
try:
    import _thread
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
