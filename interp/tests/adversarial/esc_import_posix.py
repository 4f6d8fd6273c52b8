# attack: import posix must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'posix' (excluded from the Kaa sandbox)\n"
try:
    import posix
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
