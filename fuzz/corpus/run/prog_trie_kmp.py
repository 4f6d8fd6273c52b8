# String algorithms: a trie, KMP search and run-length encoding.
class Trie:
    def __init__(self):
        self.children = {}
        self.terminal = False

    def add(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.terminal = True

    def starts_with(self, prefix):
        node = self
        for ch in prefix:
            if ch not in node.children:
                return []
            node = node.children[ch]
        out = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.terminal:
                out.append(p)
            stack.extend((c, p + k) for k, c in n.children.items())
        return sorted(out)


def kmp_table(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_search(text, pattern):
    table, k, hits = kmp_table(pattern), 0, []
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
            if k == len(pattern):
                hits.append(i - k + 1)
                k = table[k - 1]
    return hits


def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append('%d%s' % (j - i, s[i]))
        i = j
    return ''.join(out)


t = Trie()
for w in 'car cart carbon cat dog do'.split():
    t.add(w)
print(t.starts_with('car'), kmp_search('abababcab', 'abab'), rle('aaabccdddd'))
