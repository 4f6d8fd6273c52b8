# attack: import io must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'io'\n"
try:
    import io
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
