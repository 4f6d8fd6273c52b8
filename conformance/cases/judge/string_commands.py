import sys
def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t
def find_all(text, pat):
    t = kmp_table(pat)
    res = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != pat[k]:
            k = t[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            res.append(i - k + 1)
            k = t[k - 1]
    return res
def is_pal(s):
    s = ''.join(c.lower() for c in s if c.isalnum())
    return s == s[::-1]
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append('%s%d' % (s[i], j - i))
        i = j
    return ''.join(out)
lines = sys.stdin.read().splitlines()
q = int(lines[0])
for line in lines[1:q + 1]:
    cmd, _, arg = line.partition(' ')
    if cmd == 'find':
        text, pat = arg.split('|')
        print(find_all(text, pat))
    elif cmd == 'pal':
        print('YES' if is_pal(arg) else 'NO')
    elif cmd == 'rle':
        print(rle(arg))
    elif cmd == 'words':
        words = arg.split()
        print(len(words), max(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
    elif cmd == 'caesar':
        k = 3
        print(''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in arg))
    elif cmd == 'anagram':
        a, b = arg.split()
        print(sorted(a) == sorted(b))
print(' '.join(reversed(lines[-1].split())), lines[-1].title(), lines[-1].count('o'))
