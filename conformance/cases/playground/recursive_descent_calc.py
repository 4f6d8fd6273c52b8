import re
import operator
import math
TOKEN = re.compile(r'\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?)|(\*\*|[-+*/%^(),])|([A-Za-z_]\w*))')
class ParseError(Exception):
    pass
def tokenize(s):
    pos = 0
    out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise ParseError("bad character %r at %d" % (s[pos], pos))
        num, op, name = m.groups()
        if num is not None:
            out.append(('num', float(num) if ('.' in num or 'e' in num.lower()) else int(num)))
        elif op is not None:
            out.append(('op', op))
        else:
            out.append(('name', name))
        pos = m.end()
    out.append(('end', None))
    return out
class Parser:
    BIN = {'+': (1, operator.add), '-': (1, operator.sub), '*': (2, operator.mul), '/': (2, operator.truediv), '%': (2, operator.mod), '**': (3, operator.pow), '^': (3, operator.pow)}
    FUNCS = {'sqrt': math.sqrt, 'abs': abs, 'max': max, 'min': min, 'log': math.log}
    def __init__(self, tokens, env):
        self.toks = tokens
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, kind, val=None):
        t = self.next()
        if t[0] != kind or (val is not None and t[1] != val):
            raise ParseError("expected %s, got %r" % (val or kind, t[1]))
        return t
    def expr(self, minp=1):
        left = self.unary()
        while True:
            k, v = self.peek()
            if k != 'op' or v not in self.BIN or self.BIN[v][0] < minp:
                return left
            self.next()
            prec, fn = self.BIN[v]
            right = self.expr(prec if v in ('**', '^') else prec + 1)
            left = fn(left, right)
    def unary(self):
        k, v = self.peek()
        if k == 'op' and v == '-':
            self.next()
            return -self.unary()
        if k == 'op' and v == '+':
            self.next()
            return self.unary()
        return self.atom()
    def atom(self):
        k, v = self.next()
        if k == 'num':
            return v
        if k == 'name':
            if self.peek() == ('op', '('):
                self.next()
                args = [self.expr()]
                while self.peek() == ('op', ','):
                    self.next()
                    args.append(self.expr())
                self.expect('op', ')')
                if v not in self.FUNCS:
                    raise NameError("unknown function %s" % v)
                return self.FUNCS[v](*args)
            if v not in self.env:
                raise NameError("undefined variable %r" % v)
            return self.env[v]
        if (k, v) == ('op', '('):
            r = self.expr()
            self.expect('op', ')')
            return r
        raise ParseError("unexpected %r" % (v,))
def evaluate(line, env):
    if '=' in line:
        name, _, rhs = line.partition('=')
        val = Parser(tokenize(rhs), env).expr()
        env[name.strip()] = val
        return "%s = %r" % (name.strip(), val)
    p = Parser(tokenize(line), env)
    r = p.expr()
    p.expect('end')
    return repr(r)
env = {'pi': math.pi}
for line in ["1 + 2 * 3", "2 ** 3 ** 2", "-2 ^ 2", "(1 + 2) * (3 + 4) / 2", "x = 10 / 4", "x * 2", "sqrt(16) + abs(-3)",
             "max(1, 5, 3) - min(4, 2)", "10 % 3 + 7 % -3", "y + 1", "1 / 0", "3 $ 4", "(1 + 2", "1e3 + 2.5e-1", "log(pi)",
             "2 ** 100", "2 ** -2", "foo(1)", "sqrt(-1)", "1 2"]:
    try:
        print("%-28s => %s" % (line, evaluate(line, env)))
    except (ParseError, NameError, ZeroDivisionError, ValueError) as e:
        print("%-28s !! %s: %s" % (line, type(e).__name__, e))
