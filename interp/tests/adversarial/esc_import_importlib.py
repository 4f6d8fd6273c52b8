# attack: import importlib must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'importlib'\n"
try:
    import importlib
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
