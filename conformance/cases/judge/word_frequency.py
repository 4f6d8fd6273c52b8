import sys
counts = {}
for line in sys.stdin:
    for w in line.lower().split():
        w = w.strip('.,!?')
        if w:
            counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(w, c)
