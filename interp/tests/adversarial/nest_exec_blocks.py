# attack: exec of 10**5 nested if-blocks (building the source alone needs
# 5 * 10**9 bytes, so the memory limit may end it first)
# expect: runtime_error(RuntimeError)|runtime_error(SyntaxError)|runtime_error(IndentationError)|runtime_error(MemoryError)|memory_limit  limits: memory=256M wall=1
src = ''.join(' ' * i + 'if 1:\n' for i in range(10**5)) + ' ' * 10**5 + 'pass\n'
exec(src)
