text = 'the quick brown the lazy the end quick'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts, key=lambda w: (-counts[w], w)):
    print(w, counts[w])
