def life_step(cells):
    from collections import Counter
    counts = Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0))
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells, w, h):
    return '\n'.join(''.join('#' if (x, y) in cells else '.' for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    g = life_step(g)
print(show(g, 6, 6))
print(sorted(g))
def queens(n):
    sols = []
    cols = [0] * n
    def place(r, used_c, d1, d2):
        if r == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if c in used_c or (r - c) in d1 or (r + c) in d2:
                continue
            cols[r] = c
            used_c.add(c); d1.add(r - c); d2.add(r + c)
            place(r + 1, used_c, d1, d2)
            used_c.discard(c); d1.discard(r - c); d2.discard(r + c)
    place(0, set(), set(), set())
    return sols
for n in range(1, 9):
    print(n, len(queens(n)))
s = queens(6)[0]
for r in range(6):
    print(' '.join('Q' if s[r] == c else '.' for c in range(6)))
def sudoku(board):
    for i in range(81):
        if board[i] == 0:
            r, c = divmod(i, 9)
            used = set(board[r * 9:r * 9 + 9]) | set(board[c::9])
            br, bc = r // 3 * 3, c // 3 * 3
            used |= {board[(br + k // 3) * 9 + bc + k % 3] for k in range(9)}
            for v in range(1, 10):
                if v not in used:
                    board[i] = v
                    if sudoku(board):
                        return True
            board[i] = 0
            return False
    return True
puzzle = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")
b = [int(ch) for ch in puzzle]
print(sudoku(b))
for r in range(9):
    print(''.join(map(str, b[r * 9:r * 9 + 9])))
def roman(n):
    table = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for v, s in table:
        while n >= v:
            out += s; n -= v
    return out
def from_roman(s):
    vals = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for a, b in zip(s, s[1:] + ' '):
        v = vals[a]
        total += -v if b != ' ' and vals[b] > v else v
    return total
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(all(from_roman(roman(n)) == n for n in range(1, 4000)))
