inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf - inf, inf * 0, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, float('-inf') < 0)
