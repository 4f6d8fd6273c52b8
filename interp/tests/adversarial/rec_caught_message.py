# attack: the recursion error is catchable and has the 3.4 message
# expect: ok  limits: wall=2
# stdout: "RuntimeError maximum recursion depth exceeded\n"
# deterministic: run twice, same stdout and instruction count
def f(n):
    return f(n + 1)
try:
    f(0)
except RuntimeError as e:
    print(type(e).__name__, e)
