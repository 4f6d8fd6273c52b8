def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
s = input().strip()
ps = sorted(set(perms(s)))
print(len(ps))
print(' '.join(ps[:6]))
