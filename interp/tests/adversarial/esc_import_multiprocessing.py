# attack: import multiprocessing must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'multiprocessing' (excluded from the Kaa sandbox)\n"
try:
    import multiprocessing
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
