# attack: a nesting SyntaxError/RuntimeError from compile() is catchable
# expect: ok  limits: memory=256M wall=1
# stdout: "caught\n"
try:
    compile('(' * 10**5 + ')' * 10**5, '<deep>', 'eval')
except (RuntimeError, SyntaxError, MemoryError):
    print('caught')
