# attack: exec of a 10**6-line generated source (lexer, parser and compiler stop at the deadline)
# expect: time_limit(wall)|memory_limit  limits: wall=0.5 memory=512M
src = ''.join(['x%d = [%d, (%d, "s"), {%d: -%d}]\n' % (i, i, i, i, i) for i in range(10 ** 6)])
exec(src)
print("unreachable")
