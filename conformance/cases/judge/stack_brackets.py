pairs = {')': '(', ']': '[', '}': '{'}
for line in [input() for _ in range(int(input()))]:
    stack = []
    ok = True
    for ch in line:
        if ch in '([{':
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                ok = False
                break
    print('balanced' if ok and not stack else 'unbalanced')
