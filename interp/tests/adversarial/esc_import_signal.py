# attack: import signal must fail cleanly
# expect: ok  limits: wall=1
# stdout: "ImportError: No module named 'signal' (excluded from the Kaa sandbox)\n"
try:
    import signal
    print('imported!')
except ImportError as e:
    print('ImportError:', e)
