# Generated judge program: bracket matching with a stack (verbose).
PAIRS = {')': '(', ']': '[', '}': '{'}


def compute(text):
    stack = []
    for i, ch in enumerate(text):
        if ch in '([{':
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return i
            stack.pop()
    return stack[-1][1] if stack else -1


for t in ['()[]{}', '([)]', '((', 'a(b[c]{d}e)f', '']:
    print(t, compute(t), sep=': ', end='\t')
