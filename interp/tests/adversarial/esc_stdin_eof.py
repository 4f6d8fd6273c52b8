# attack: input() with empty stdin raises EOFError rather than reading the host stdin
# expect: runtime_error(EOFError)  limits: wall=1
input()
