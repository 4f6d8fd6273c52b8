# -*- coding: latin-1 -*-
# Word frequency with Counter, defaultdict and sorting by several keys.
import re
from collections import Counter, defaultdict, OrderedDict, namedtuple

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

Entry = namedtuple('Entry', ['word', 'count'])

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
by_length = defaultdict(list)
for w in sorted(counts):
    by_length[len(w)].append(w)

top = [Entry(w, c) for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
ordered = OrderedDict((e.word, e.count) for e in top)
print(top[0].word, top[0].count)
print(list(ordered.items()))
print(sorted(by_length.items()))
