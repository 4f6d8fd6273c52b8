# Generated judge program: binary search on the answer (compact).
def answer(pieces, k):
    lo, hi = 1, max(pieces)
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sum(p // mid for p in pieces) >= k:
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return best


cases = [([802, 743, 457, 539], 11), ([1, 2, 3], 2), ([10 ** 9], 1)]
for pieces, k in cases:
    print(answer(pieces, k), end='\n')
