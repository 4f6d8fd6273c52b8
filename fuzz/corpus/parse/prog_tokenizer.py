# A tiny expression tokenizer and recursive-descent evaluator.
import operator
import re

TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|(.))')
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv}


def tokens(text):
    for number, op in TOKEN.findall(text):
        if number:
            yield ('num', float(number))
        elif op.strip():
            yield ('op', op)
    yield ('end', None)


class Parser:
    def __init__(self, text):
        self.toks = list(tokens(text))
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            value = OPS[self.take()[1]](value, self.term())
        return value

    def term(self):
        value = self.factor()
        while self.peek()[1] in ('*', '/'):
            value = OPS[self.take()[1]](value, self.factor())
        return value

    def factor(self):
        kind, val = self.take()
        if kind == 'num':
            return val
        if val == '-':
            return -self.factor()
        if val == '(':
            inner = self.expr()
            self.take()
            return inner
        raise SyntaxError('unexpected %r' % (val,))


for src in ['1 + 2 * 3', '(1 + 2) * 3', '-4 / (2 - 4)', '2 * (3 + 4) * 5']:
    print(src, '=', Parser(src).expr())
