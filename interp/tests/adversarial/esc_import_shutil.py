# attack: import shutil must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'shutil' (excluded from the Kaa sandbox)\n"
try:
    import shutil
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
