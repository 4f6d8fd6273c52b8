import shlex
lex = shlex.shlex('a = b + "c d" # comment\nnext(line); x')
print(list(lex))
lex = shlex.shlex('a = b + "c d" # comment\nnext(line); x', posix=True)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks, repr(lex.eof))
lex = shlex.shlex('one two three')
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.read_token(), repr(lex.read_token()), repr(lex.get_token()))
lex = shlex.shlex('k1=v1, k2=v2', posix=True)
lex.whitespace += ','
lex.wordchars += '='
print(list(lex))
lex = shlex.shlex('a;b|c', posix=True)
lex.whitespace_split = True
lex.whitespace = ';|'
print(list(lex))
lex = shlex.shlex('x y', infile='conf.txt')
print(lex.error_leader(), lex.error_leader('f', 9))
lex = shlex.shlex('first')
lex.push_source('inner source')
print(list(lex))
print(lex.commenters, lex.quotes, lex.escape, lex.escapedquotes, repr(lex.whitespace), lex.posix)
