# Judge-style: word and character frequencies with collections.Counter.
from collections import Counter


def text(n):
    syllables = ['ka', 'ra', 'to', 'mi', 'ne', 'su', 'lo', 'pa']
    words = []
    seed = 3
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = 1 + seed % 3
        words.append(''.join(syllables[(seed >> (3 * j)) % 8] for j in range(k)))
    return ' '.join(words)


doc = text(70000)
words = Counter(doc.split())
chars = Counter(doc)
top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), top, sorted(chars.most_common(3)))
