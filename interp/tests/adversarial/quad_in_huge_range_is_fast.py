# attack: `x in range(10**12)` is O(1) and must finish
# expect: ok  limits: instructions=100000000 wall=0.3 memory=64M
# stdout: "True 100000000000 1000000000000\n"
# deterministic: run twice, same stdout and instruction count
print(10**11 in range(10**12), range(10**12).index(10**11), len(range(10**12)))
