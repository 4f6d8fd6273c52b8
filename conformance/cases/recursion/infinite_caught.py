def f(n):
    return f(n + 1)
try:
    f(0)
except RuntimeError as e:
    print('caught', type(e).__name__)
print('recovered')
