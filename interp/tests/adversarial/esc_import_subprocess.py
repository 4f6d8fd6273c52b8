# attack: import subprocess must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'subprocess' (excluded from the Kaa sandbox)\n"
try:
    import subprocess
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
