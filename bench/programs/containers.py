# dict, list and str work: building, lookups, sorting, slicing, joining.
def words(n):
    out = []
    for i in range(n):
        out.append('w%d_%s' % (i % 5000, 'abcdefghij'[i % 10] * (1 + i % 4)))
    return out


def run(n):
    ws = words(n)
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    keys = sorted(counts, key=lambda k: (-counts[k], k))
    text = ' '.join(ws[:20000])
    parts = text.split(' ')
    upper = text.upper().replace('W', 'v')
    rev = [s[::-1] for s in parts]
    lists = [list(range(i % 50)) for i in range(5000)]
    flat = sum(len(l) for l in lists)
    merged = {}
    for k in keys[:10000]:
        merged.setdefault(len(k), []).append(k)
    return len(counts), keys[:3], len(upper), rev[7], flat, sorted((k, len(v)) for k, v in merged.items())


print(run(200000))
