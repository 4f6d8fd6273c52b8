import bisect
seq = [(i * 37) % 101 for i in range(300)]
tails = []
for x in seq:
    i = bisect.bisect_left(tails, x)
    if i == len(tails):
        tails.append(x)
    else:
        tails[i] = x
print(len(tails), tails[:5])
s = sorted(seq)
print([bisect.bisect_right(s, q) - bisect.bisect_left(s, q) for q in (0, 5, 50, 100, 200)])
