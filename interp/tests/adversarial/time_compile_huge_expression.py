# attack: compile() of a huge flat expression (3*10**6 terms in one list display)
# expect: time_limit(wall)|memory_limit  limits: wall=0.5 memory=512M
src = '[' + ', '.join(['a + %d * b' % i for i in range(3 * 10 ** 6)]) + ']'
code = compile(src, '<big>', 'eval')
print("unreachable")
