# Generated judge program: longest palindromic substring (compact).
def solve(s):
    if not s:
        return ''
    start, length = 0, 1
    for center in range(2 * len(s) - 1):
        left, right = center // 2, center // 2 + center % 2
        while left >= 0 and right < len(s) and s[left] == s[right]:
            left -= 1
            right += 1
        if right - left - 1 > length:
            start, length = left + 1, right - left - 1
    return s[start:start + length]


for word in ('babad', 'cbbd', 'racecar', 'a', ''):
    print(repr(solve(word)), end='\t')
