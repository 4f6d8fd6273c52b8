#!/usr/bin/env python3
"""Generate the machine-made part of the golden AST corpus.

Writes interp/tests/golden/gen_*.py deterministically (fixed seeds), so running
it twice gives the same files.  The hand-written files in that folder (every
name not starting with ``gen_``) are never touched, except that some of them
are re-encoded here into variants (CRLF line ends, tab indentation, latin-1
with a coding declaration, a BOM) whose AST must be the same as the
original's.

Families written:
  gen_sig_*      def/lambda signatures: every combination of parameter kinds,
                 defaults, annotations, return annotations
  gen_str_*      string and bytes literals: every prefix x quote style x
                 content (escapes, quotes, unicode, backslash-newline)
  gen_num_*      number literals of every form and size
  gen_expr_*     random expressions built by precedence level, so they mix
                 every operator, trailer, display, comprehension and lambda
  gen_stmt_*     random statement trees: nested compound statements with
                 valid break/continue/return/yield/nonlocal placement
  gen_slice_*    subscripts: Index / Slice / ExtSlice / Ellipsis mixes
  gen_class_*    class headers (bases, keywords, *args, **kwargs) and bodies
  gen_import_*   import statements with dots, `as`, stars and parentheses
  gen_prog_*     small judge-style programs from templates
  gen_var_*      CRLF / tab / latin-1 / BOM variants of hand-written files

After changing this script run it, then `python3 scripts/regen_golden.py`.
Usage: python3 scripts/gen_corpus.py [--out DIR]
"""
import ast
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'interp', 'tests', 'golden')

NAMES = ['a', 'b', 'c', 'x', 'y', 'z', 'n', 'i', 'j', 'k', 'data', 'value', 'items',
         'result', 'obj', 'self', 'node', 'total', 'count', 'key', 'π', 'größe', 'név',
         'async', 'await', 'print', 'len', '_', '__x', 'CamelCase', 'snake_case_name']
ATTRS = ['attr', 'real', 'value', 'next', 'left', 'items', 'append', 'x', 'ŝ']


def valid34(src):
    """True when 3.11 accepts `src` in 3.4 mode (the final word is ast34.py)."""
    try:
        ast.parse(src, feature_version=(3, 4))
        return True
    except SyntaxError:
        return False


# ---------------------------------------------------------------- signatures

def signature(rng, annotate, lambda_form=False):
    """A parameter list (without parentheses) mixing every kind."""
    parts = []
    npos = rng.randint(0, 3)
    ndef = rng.randint(0, npos)
    def ann(name):
        if annotate and not lambda_form and rng.random() < 0.7:
            return name + ': ' + rng.choice(['int', 'str', '"doc"', 'list', 'a.b', 'f(1)', '(int, str)', 'None', 'lambda: 0', '[int]'])
        return name
    def default():
        return rng.choice(['1', 'None', "'s'", '()', '[]', '-1', 'x + 1', 'lambda: 0', '{}', 'a.b', '(1, 2)', '...'])
    used = iter(['p%d' % i for i in range(20)])
    for i in range(npos):
        name = ann(next(used))
        if i >= npos - ndef:
            sep = ' = ' if annotate and ':' in name else '='
            name += sep + default()
        parts.append(name)
    star = rng.random()
    nkw = rng.randint(0, 2)
    if star < 0.35:
        parts.append('*' + ann('args'))
    elif star < 0.6 and nkw:
        parts.append('*')
    else:
        nkw = 0
    for _ in range(nkw):
        name = ann(next(used))
        if rng.random() < 0.5:
            name += '=' + default()
        parts.append(name)
    if rng.random() < 0.35:
        parts.append('**' + ann('kwargs'))
    # 3.4 rejects a trailing comma once a `*` or `**` parameter is present.
    trailing = ',' if parts and not any(p.startswith('*') for p in parts) and rng.random() < 0.15 else ''
    return ', '.join(parts) + trailing


def gen_sig(rng, index):
    lines = ['# Generated: def and lambda signatures, set %d.' % index]
    for k in range(12):
        annotate = rng.random() < 0.5
        sig = signature(rng, annotate)
        ret = ' -> ' + rng.choice(['int', '"result"', 'None', 'list']) if annotate and rng.random() < 0.5 else ''
        body = rng.choice(['pass', 'return None', 'return p0 if 0 else 1', '"""doc"""', '...'])
        lines.append('def f%d_%d(%s)%s:' % (index, k, sig, ret))
        lines.append('    ' + body)
        lines.append('')
        lsig = signature(rng, False, lambda_form=True)
        lines.append('g%d = lambda%s: %s' % (k, (' ' + lsig) if lsig else '', rng.choice(['0', 'p0', '(args, kwargs)', 'None'])))
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- strings

STR_PREFIXES = ['', 'r', 'R', 'u', 'U', 'b', 'B', 'br', 'Br', 'bR', 'BR', 'rb', 'rB', 'Rb', 'RB']
STR_CONTENTS = [
    'plain text', 'with \\n newline', '\\t tab \\r cr', '\\\\ backslash', "it\\'s", 'say \\"hi\\"',
    '\\x41\\x7f', '\\101\\0\\12', '\\u00e9', '\\U0001F600', '\\N{BULLET}', '\\a\\b\\f\\v',
    '\\d unknown', 'é ü 中', '', ' ', '#not a comment', '{braces} %s %d', '\\\n continued',
    '\\x00', '\\777', 'tail\\\\', '\\8\\9', 'α\\u03b2γ', "'", '"', '\\N{DIGIT ONE}',
]


def gen_str(rng, index):
    lines = ['# Generated: string and bytes literals, set %d.' % index]
    n = 0
    while n < 30:
        prefix = rng.choice(STR_PREFIXES)
        quote = rng.choice(["'", '"', "'''", '"""'])
        content = rng.choice(STR_CONTENTS)
        if len(quote) == 3 and rng.random() < 0.3:
            content = content + '\n' + rng.choice(STR_CONTENTS)
        lit = prefix + quote + content + quote
        if rng.random() < 0.2:
            lit += ' ' + rng.choice(STR_PREFIXES if 'b' not in prefix.lower() else ['b', 'rb', 'B']) .strip() + "'more'"
        src = 's%d = %s' % (n, lit)
        if valid34(src):
            lines.append(src)
            n += 1
    lines.append('t = (%s)' % ' '.join(repr(rng.choice(['a', 'b\n', 'é', '\x00'])) for _ in range(4)))
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- numbers

def number(rng):
    kind = rng.randint(0, 9)
    if kind == 0:
        return str(rng.randint(0, 10 ** rng.randint(1, 40)))
    if kind == 1:
        return rng.choice(['0x', '0X']) + ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(rng.randint(1, 30)))
    if kind == 2:
        return rng.choice(['0o', '0O']) + ''.join(rng.choice('01234567') for _ in range(rng.randint(1, 25)))
    if kind == 3:
        return rng.choice(['0b', '0B']) + ''.join(rng.choice('01') for _ in range(rng.randint(1, 70)))
    if kind == 4:
        return '%d.%d' % (rng.randint(0, 10 ** 6), rng.randint(0, 10 ** 6))
    if kind == 5:
        return rng.choice(['%d.', '.%d', '%d.0']) % rng.randint(0, 10 ** 9)
    if kind == 6:
        return '%s%s%s%d' % (rng.choice(['1', '2.5', '.5', '9.', '0']), rng.choice('eE'), rng.choice(['', '+', '-']), rng.randint(0, 400))
    if kind == 7:
        return number(rng).rstrip('lL') + rng.choice('jJ') if rng.random() < 0.5 else '%dj' % rng.randint(0, 1000)
    if kind == 8:
        return '0' * rng.randint(1, 4)
    return rng.choice(['1' + '0' * rng.randint(15, 25), str(2 ** rng.randint(60, 200)), '0.' + '0' * rng.randint(0, 20) + '1',
                       '9' * rng.randint(16, 30) + '.0', '1e22', '1e23', '5e-324', '2.2250738585072014e-308'])


def gen_num(rng, index):
    lines = ['# Generated: number literals, set %d.' % index]
    n = 0
    while n < 40:
        lit = number(rng)
        if lit.startswith(('0x', '0X', '0o', '0O', '0b', '0B')) and lit[-1] in 'jJ':
            continue
        src = 'n%d = %s%s' % (n, rng.choice(['', '', '-', '+', '~']), lit)
        if valid34(src):
            lines.append(src)
            n += 1
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- expressions

CMP_OPS = ['<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not']
BIN_LEVELS = {5: ['|'], 6: ['^'], 7: ['&'], 8: ['<<', '>>'], 9: ['+', '-'], 10: ['*', '/', '//', '%']}
ATOM_STRINGS = ["'s'", '"d"', "b'b'", "r'\\d'", "'''t'''", "'a' 'b'", "u'u'", "'\\n'", "'é'"]


class ExprGen:
    """Builds random expressions level by level (0 = test ... 13 = atom)."""

    def __init__(self, rng, names=None):
        self.rng = rng
        self.names = names or NAMES

    def name(self):
        return self.rng.choice(self.names)

    def gen(self, min_level=0, depth=4):
        rng = self.rng
        if depth <= 0:
            level = 13
        else:
            level = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 13, 13, 13])
        text = self.at_level(level, depth - 1)
        if level < min_level:
            text = '(' + text + ')'
        return text

    def at_level(self, level, depth):
        rng = self.rng
        g = self.gen
        if level == 0:
            if rng.random() < 0.3:
                params = signature(rng, False, lambda_form=True) if rng.random() < 0.5 else rng.choice(['', 'x', 'x, y=1', '*a, **k', '*, k'])
                return 'lambda%s: %s' % ((' ' + params) if params else '', g(0, depth))
            return '%s if %s else %s' % (g(1, depth), g(1, depth), g(0, depth))
        if level == 1:
            return ' or '.join(g(2, depth) for _ in range(rng.randint(2, 3)))
        if level == 2:
            return ' and '.join(g(3, depth) for _ in range(rng.randint(2, 3)))
        if level == 3:
            return 'not ' + g(3, depth)
        if level == 4:
            parts = [g(5, depth)]
            for _ in range(rng.randint(1, 3)):
                parts.append(rng.choice(CMP_OPS))
                parts.append(g(5, depth))
            return ' '.join(parts)
        if level in BIN_LEVELS:
            return '%s %s %s' % (g(level, depth), rng.choice(BIN_LEVELS[level]), g(level + 1, depth))
        if level == 11:
            op = rng.choice(['-', '+', '~'])
            return op + rng.choice(['', ' ']) + g(11, depth)
        if level == 12:
            return '%s ** %s' % (g(13, depth), g(11, depth))
        return self.atom(depth)

    def atom(self, depth):
        rng = self.rng
        g = self.gen
        kind = rng.randint(0, 19) if depth > 0 else rng.randint(0, 3)
        if kind <= 1:
            base = self.name()
        elif kind == 2:
            base = number(rng)
            if rng.random() < 0.2:
                base = '(%s)' % base
        elif kind == 3:
            base = rng.choice(ATOM_STRINGS + ['None', 'True', 'False', '...'])
        elif kind == 4:
            base = '(%s)' % g(0, depth)
        elif kind == 5:
            n = rng.randint(0, 3)
            base = '(' + ', '.join(g(0, depth) for _ in range(n)) + (',' if n == 1 else '') + ')'
        elif kind == 6:
            base = '[' + ', '.join(g(0, depth) for _ in range(rng.randint(0, 3))) + ']'
        elif kind == 7:
            base = '{' + ', '.join('%s: %s' % (g(0, depth), g(0, depth)) for _ in range(rng.randint(0, 3))) + '}'
        elif kind == 8:
            base = '{' + ', '.join(g(0, depth) for _ in range(rng.randint(1, 3))) + '}'
        elif kind in (9, 10):
            base = self.comprehension(depth)
        elif kind in (11, 12, 13):
            base = self.name() + self.call_args(depth)
        else:
            base = self.name()
        for _ in range(rng.randint(0, 2) if depth > 0 else 0):
            t = rng.randint(0, 2)
            if t == 0:
                if base[0].isdigit() or base[0] == '.':
                    base = '(%s)' % base
                base += '.' + rng.choice(ATTRS)
            elif t == 1:
                base += self.call_args(depth)
            else:
                base += '[' + self.subscript(depth) + ']'
        return base

    def target(self, depth=2):
        """An expression that is a valid comprehension/for target."""
        rng = self.rng
        r = rng.random()
        if r < 0.6 or depth <= 0:
            return self.name()
        if r < 0.8:
            return ', '.join(self.name() for _ in range(rng.randint(2, 3)))
        return '(%s, %s)' % (self.name(), self.target(depth - 1))

    def comprehension(self, depth):
        rng = self.rng
        g = self.gen
        clauses = []
        for _ in range(rng.randint(1, 3)):
            clauses.append(' for %s in %s' % (self.target(), g(1, depth)))
            for _ in range(rng.randint(0, 2)):
                clauses.append(' if %s' % g(1, depth))
        kind = rng.randint(0, 3)
        body = ''.join(clauses)
        if kind == 0:
            return '[%s%s]' % (g(0, depth), body)
        if kind == 1:
            return '{%s%s}' % (g(0, depth), body)
        if kind == 2:
            return '{%s: %s%s}' % (g(0, depth), g(0, depth), body)
        return '(%s%s)' % (g(0, depth), body)

    def call_args(self, depth):
        rng = self.rng
        g = self.gen
        if rng.random() < 0.12:
            return '(%s for %s in %s)' % (g(0, depth), self.target(), g(1, depth))
        args = [g(0, depth) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.25:
            args.append('*' + g(0, depth))
        used = set()
        for _ in range(rng.randint(0, 2)):
            kw = rng.choice(['key', 'sep', 'end', 'default', 'k', 'reverse'])
            if kw not in used:
                used.add(kw)
                args.append('%s=%s' % (kw, g(0, depth)))
        if rng.random() < 0.2:
            args.append('**' + g(0, depth))
        # 3.4 rejects a trailing comma once `*x` or `**x` appears in a call.
        trailing = ',' if args and not any(a.startswith('*') for a in args) and rng.random() < 0.1 else ''
        return '(' + ', '.join(args) + trailing + ')'

    def subscript(self, depth):
        rng = self.rng
        dims = []
        for _ in range(rng.randint(1, 3) if rng.random() < 0.3 else 1):
            r = rng.random()
            if r < 0.4:
                dims.append(self.gen(0, depth))
            elif r < 0.9:
                parts = [self.gen(0, depth) if rng.random() < 0.6 else '' for _ in range(2)]
                s = ':'.join(parts)
                if rng.random() < 0.4:
                    s += ':' + (self.gen(0, depth) if rng.random() < 0.6 else '')
                dims.append(s)
            else:
                dims.append('...')
        return ', '.join(dims) + (',' if len(dims) == 1 and rng.random() < 0.05 else '')


def gen_expr(rng, index):
    eg = ExprGen(rng)
    lines = ['# Generated: expressions mixing every operator level, set %d.' % index]
    n = 0
    while n < 25:
        e = eg.gen(0, rng.randint(1, 4))
        form = rng.random()
        if form < 0.5:
            src = 'r%d = %s' % (n, e)
        elif form < 0.8:
            src = e
        else:
            src = 'r%d = %s, %s' % (n, e, eg.gen(0, 2))
        if valid34(src):
            lines.append(src)
            n += 1
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- statements

class StmtGen:
    """Random statement trees whose break/continue/return/yield are placed legally."""

    def __init__(self, rng):
        self.rng = rng
        self.eg = ExprGen(rng)
        self.counter = 0

    def fresh(self, base):
        self.counter += 1
        return '%s%d' % (base, self.counter)

    def target(self):
        rng = self.rng
        eg = self.eg
        r = rng.random()
        if r < 0.5:
            return eg.name() if eg.name() not in ('print', 'len') else 'v'
        if r < 0.65:
            return '%s.%s' % (eg.name(), rng.choice(ATTRS))
        if r < 0.8:
            return '%s[%s]' % (eg.name(), eg.subscript(1))
        if r < 0.9:
            return '%s, %s' % (eg.name(), eg.name())
        return rng.choice(['a, *b', '*a, b', '[a, *b, c]', '(a, (b, c))', '[x, y]'])

    def simple(self, ctx):
        rng = self.rng
        eg = self.eg
        choices = ['assign', 'assign', 'aug', 'expr', 'expr', 'pass', 'del', 'assert', 'multi']
        if ctx.get('loop'):
            choices += ['break', 'continue'] if not ctx.get('finally') else ['break']
        if ctx.get('func'):
            choices += ['return', 'yield', 'global']
        if ctx.get('nested'):
            choices += ['nonlocal']
        kind = rng.choice(choices)
        e = lambda: eg.gen(0, rng.randint(1, 3))
        if kind == 'assign':
            return '%s = %s' % (self.target(), e())
        if kind == 'multi':
            return '%s = %s = %s' % (self.target(), self.target(), e())
        if kind == 'aug':
            op = rng.choice(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '|=', '^='])
            return '%s %s %s' % (rng.choice(['x', 'obj.attr', 'items[0]', 'count']), op, e())
        if kind == 'expr':
            return e()
        if kind == 'pass':
            return 'pass'
        if kind == 'del':
            return 'del ' + rng.choice(['x', 'a, b', 'items[0]', 'obj.attr', 'a[1:2]', '(x, y)', '[x]'])
        if kind == 'assert':
            return 'assert %s' % e() + (', %s' % e() if rng.random() < 0.5 else '')
        if kind in ('break', 'continue'):
            return kind
        if kind == 'return':
            return rng.choice(['return', 'return ' + e(), 'return %s, %s' % (e(), e())])
        if kind == 'yield':
            return rng.choice(['yield', 'yield ' + e(), 'x = yield ' + e(), 'yield from ' + e(), 'y = yield', 'z = (yield)'])
        if kind == 'global':
            return 'global ' + ', '.join(rng.sample(['g1', 'g2', 'g3', 'counter'], rng.randint(1, 2)))
        if kind == 'nonlocal':
            return 'nonlocal ' + ctx['nested']
        return 'pass'

    def block(self, ctx, depth, indent):
        rng = self.rng
        lines = []
        for _ in range(rng.randint(1, 3)):
            lines.extend(self.stmt(ctx, depth, indent))
        return lines

    def stmt(self, ctx, depth, indent):
        rng = self.rng
        eg = self.eg
        pad = '    ' * indent
        if depth <= 0 or rng.random() < 0.35:
            if rng.random() < 0.1:
                return [pad + self.simple(ctx) + '; ' + self.simple(ctx)]
            return [pad + self.simple(ctx)]
        kind = rng.choice(['if', 'while', 'for', 'try', 'with', 'def', 'class', 'if'])
        c = lambda: eg.gen(1, 2)
        out = []
        if kind == 'if':
            out.append(pad + 'if %s:' % eg.gen(0, 2))
            out += self.block(ctx, depth - 1, indent + 1)
            for _ in range(rng.randint(0, 2)):
                out.append(pad + 'elif %s:' % c())
                out += self.block(ctx, depth - 1, indent + 1)
            if rng.random() < 0.5:
                out.append(pad + 'else:')
                out += self.block(ctx, depth - 1, indent + 1)
        elif kind in ('while', 'for'):
            if kind == 'while':
                out.append(pad + 'while %s:' % eg.gen(0, 2))
            else:
                out.append(pad + 'for %s in %s:' % (rng.choice(['i', 'k, v', '(a, b)', 'x, *rest', '[p, q]', 'obj.attr']), eg.gen(0, 2)))
            inner = dict(ctx, loop=True, finally_=False)
            inner.pop('finally', None)
            out += self.block(inner, depth - 1, indent + 1)
            if rng.random() < 0.3:
                out.append(pad + 'else:')
                out += self.block(ctx, depth - 1, indent + 1)
        elif kind == 'try':
            out.append(pad + 'try:')
            out += self.block(ctx, depth - 1, indent + 1)
            nexc = rng.randint(0, 3)
            for i in range(nexc):
                exc = rng.choice(['', ' ValueError', ' (KeyError, IndexError)', ' Exception as e', ' mod.Error as err', ' E'])
                if exc == '' and i != nexc - 1:
                    exc = ' TypeError'
                out.append(pad + 'except%s:' % exc)
                out += self.block(ctx, depth - 1, indent + 1)
            if nexc and rng.random() < 0.4:
                out.append(pad + 'else:')
                out += self.block(ctx, depth - 1, indent + 1)
            if not nexc or rng.random() < 0.4:
                out.append(pad + 'finally:')
                out += self.block(dict(ctx, **{'finally': True}), depth - 1, indent + 1)
        elif kind == 'with':
            items = []
            for _ in range(rng.randint(1, 3)):
                item = eg.gen(0, 2)
                if rng.random() < 0.6:
                    item += ' as ' + rng.choice(['f', '(a, b)', 'self.res', 'out[0]', '[x, y]'])
                items.append(item)
            out.append(pad + 'with %s:' % ', '.join(items))
            out += self.block(ctx, depth - 1, indent + 1)
        elif kind == 'def':
            name = self.fresh('fn')
            for _ in range(rng.randint(0, 2)):
                out.append(pad + '@' + rng.choice(['deco', 'a.b', 'cache(maxsize=1)', 'wraps(f)', 'x.y.z()']))
            out.append(pad + 'def %s(%s):' % (name, signature(rng, rng.random() < 0.4)))
            local = self.fresh('loc')
            out.append(pad + '    %s = 0' % local)
            # `nonlocal` needs a binding in an enclosing *function*, so only a def
            # nested in another def may name the enclosing def's local.
            inner = {'func': True, 'enclosing': local}
            if ctx.get('enclosing'):
                inner['nested'] = ctx['enclosing']
            out += self.block(inner, depth - 1, indent + 1)
        else:
            name = self.fresh('Cls')
            header = rng.choice(['', '()', '(Base)', '(A, B)', '(metaclass=Meta)', '(Base, **kw)', '(*bases)'])
            out.append(pad + 'class %s%s:' % (name, header))
            out += self.block({}, depth - 1, indent + 1)
        return out


def gen_stmt(rng, index):
    sg = StmtGen(rng)
    lines = ['# Generated: nested statement trees, set %d.' % index]
    for _ in range(rng.randint(4, 8)):
        lines += sg.stmt({}, rng.randint(2, 4), 0)
        if rng.random() < 0.3:
            lines.append('')
    src = '\n'.join(lines) + '\n'
    return src


# ---------------------------------------------------------------- slices

def gen_slice(rng, index):
    eg = ExprGen(rng)
    lines = ['# Generated: subscripts and slices, set %d.' % index]
    for n in range(30):
        sub = eg.subscript(rng.randint(0, 2))
        form = rng.random()
        if form < 0.6:
            lines.append('v%d = %s[%s]' % (n, eg.name(), sub))
        elif form < 0.8:
            lines.append('%s[%s] = %s' % (rng.choice(['m', 'arr', 'grid[0]']), sub, eg.gen(0, 1)))
        else:
            lines.append('del %s[%s]' % (rng.choice(['m', 'arr']), sub))
    return '\n'.join(l for l in lines if valid34(l) or l.startswith('#')) + '\n'


# ---------------------------------------------------------------- classes

def gen_class(rng, index):
    eg = ExprGen(rng)
    lines = ['# Generated: class headers and bodies, set %d.' % index]
    for n in range(8):
        bases = [rng.choice(['Base', 'object', 'mod.Base', 'Mixin', 'factory()', 'B[0]']) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.3:
            bases.append('*' + rng.choice(['bases', 'extra']))
        for kw in rng.sample(['metaclass=Meta', 'flag=True', 'order=1', 'name="n"'], rng.randint(0, 2)):
            bases.append(kw)
        if rng.random() < 0.25:
            bases.append('**' + rng.choice(['kw', 'options']))
        header = '(' + ', '.join(bases) + ')' if bases or rng.random() < 0.3 else ''
        if rng.random() < 0.3:
            lines.append('@' + rng.choice(['register', 'total_ordering', 'mod.deco(1)']))
        lines.append('class C%d_%d%s:' % (index, n, header))
        if rng.random() < 0.5:
            lines.append('    """Class %d."""' % n)
        lines.append('    attr = %s' % eg.gen(0, 2))
        for m in range(rng.randint(1, 3)):
            if rng.random() < 0.3:
                lines.append('    @' + rng.choice(['property', 'staticmethod', 'classmethod', 'attr.setter']))
            lines.append('    def m%d(self%s):' % (m, (', ' + signature(rng, rng.random() < 0.5).lstrip(', ')) if rng.random() < 0.6 else ''))
            lines.append('        return %s' % eg.gen(0, 2))
        lines.append('')
    src = '\n'.join(lines) + '\n'
    return src


# ---------------------------------------------------------------- imports

MODULES = ['os', 'sys', 'os.path', 'collections.abc', 'a.b.c', 'xml.etree.ElementTree', 'pkg', 'mod_ü']


def gen_import(rng, index):
    lines = ['# Generated: import statements, set %d.' % index]
    for _ in range(20):
        r = rng.random()
        if r < 0.3:
            mods = []
            for _ in range(rng.randint(1, 3)):
                m = rng.choice(MODULES)
                if rng.random() < 0.4:
                    m += ' as ' + rng.choice(['alias', 'm', 'x_y'])
                mods.append(m)
            lines.append('import ' + ', '.join(mods))
            continue
        dots = rng.choice(['', '', '.', '..', '...', '....', '. . .'])
        mod = rng.choice(MODULES + [''] * 2) if dots else rng.choice(MODULES)
        if not dots and not mod:
            mod = 'os'
        source = (dots + (' ' if dots and mod and rng.random() < 0.2 else '') + mod) if dots else mod
        if rng.random() < 0.12 and index >= 0:
            if not dots or mod:
                pass
            lines.append('from %s import *' % source)
            continue
        names = []
        for name in rng.sample(['name', 'other', 'path', 'join', 'Thing', 'ñ'], rng.randint(1, 4)):
            if rng.random() < 0.3:
                name += ' as ' + name + '_alias'
            names.append(name)
        if rng.random() < 0.4:
            sep = rng.choice([', ', ',\n    '])
            lines.append('from %s import (%s%s)' % (source, sep.join(names), rng.choice(['', ','])))
        else:
            lines.append('from %s import %s' % (source, ', '.join(names)))
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- programs

PROGRAM_TEMPLATES = [
    ('prefix_sums', '''# Generated judge program: range sums with prefix sums ({style}).
import sys


def {solve}(stream):
    n, q = map(int, stream.readline().split())
    values = list(map(int, stream.readline().split()))
    prefix = [0] * (n + 1)
    for i in range(n):
        prefix[i + 1] = prefix[i] + values[i]
    out = []
    for _ in range(q):
        l, r = map(int, stream.readline().split())
        out.append(str(prefix[r] - prefix[l - 1]))
    return '{sep}'.join(out)


if __name__ == '__main__':
    print({solve}(sys.stdin))
'''),
    ('binary_search', '''# Generated judge program: binary search on the answer ({style}).
def {solve}(pieces, k):
    lo, hi = 1, max(pieces)
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sum(p // mid for p in pieces) >= k:
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return best


cases = [([802, 743, 457, 539], 11), ([1, 2, 3], 2), ([10 ** 9], 1)]
for pieces, k in cases:
    print({solve}(pieces, k), end='{sep}')
'''),
    ('graph_dfs', '''# Generated judge program: connected components with an iterative DFS ({style}).
from collections import defaultdict


def {solve}(n, edges):
    adj = defaultdict(list)
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    seen = [False] * n
    components = 0
    for start in range(n):
        if seen[start]:
            continue
        components += 1
        stack = [start]
        seen[start] = True
        while stack:
            node = stack.pop()
            for nxt in adj[node]:
                if not seen[nxt]:
                    seen[nxt] = True
                    stack.append(nxt)
    return components


print({solve}(6, [(0, 1), (1, 2), (3, 4)]), end='{sep}')
'''),
    ('sorting', '''# Generated judge program: multi-key sorting of records ({style}).
records = [
    ('alice', 90, 3.5),
    ('bob', 85, 3.9),
    ('carol', 90, 3.1),
    ('dave', 70, 2.0),
]


def {solve}(rows):
    ordered = sorted(rows, key=lambda r: (-r[1], r[2], r[0]))
    return ['{{}}:{{}}'.format(name, score) for name, score, _ in ordered]


for line in {solve}(records):
    print(line, end='{sep}')
ranks = {{name: i + 1 for i, (name, *_) in enumerate(sorted(records))}}
print(sorted(ranks.items()))
'''),
    ('palindromes', '''# Generated judge program: longest palindromic substring ({style}).
def {solve}(s):
    if not s:
        return ''
    start, length = 0, 1
    for center in range(2 * len(s) - 1):
        left, right = center // 2, center // 2 + center % 2
        while left >= 0 and right < len(s) and s[left] == s[right]:
            left -= 1
            right += 1
        if right - left - 1 > length:
            start, length = left + 1, right - left - 1
    return s[start:start + length]


for word in ('babad', 'cbbd', 'racecar', 'a', ''):
    print(repr({solve}(word)), end='{sep}')
'''),
    ('gcd_lcm', '''# Generated judge program: gcd, lcm and modular inverse ({style}).
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def {solve}(a, m):
    """Modular inverse with the extended Euclidean algorithm."""
    old_r, r = a, m
    old_s, s = 1, 0
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
    if old_r != 1:
        raise ValueError('no inverse')
    return old_s % m


lcm = lambda a, b: a // gcd(a, b) * b
print(gcd(48, 180), lcm(4, 6), {solve}(3, 11), {solve}(10, 17), end='{sep}')
'''),
    ('stack_brackets', '''# Generated judge program: bracket matching with a stack ({style}).
PAIRS = {{')': '(', ']': '[', '}}': '{{'}}


def {solve}(text):
    stack = []
    for i, ch in enumerate(text):
        if ch in '([{{':
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return i
            stack.pop()
    return stack[-1][1] if stack else -1


for t in ['()[]{{}}', '([)]', '((', 'a(b[c]{{d}}e)f', '']:
    print(t, {solve}(t), sep=': ', end='{sep}')
'''),
    ('simulation', '''# Generated judge program: a queue simulation with deque ({style}).
from collections import deque


def {solve}(arrivals, service_time):
    queue = deque()
    clock = waited = served = 0
    events = sorted(arrivals)
    i = 0
    while i < len(events) or queue:
        if not queue and i < len(events) and clock < events[i]:
            clock = events[i]
        while i < len(events) and events[i] <= clock:
            queue.append(events[i])
            i += 1
        arrived = queue.popleft()
        waited += clock - arrived
        clock += service_time
        served += 1
    return served, waited, clock


print(*{solve}([0, 1, 1, 5, 6, 20], 3), sep='{sep}')
'''),
    ('class_inventory', '''# Generated program: an inventory with classes and dunder methods ({style}).
class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty

    def __repr__(self):
        return 'Item(%r, %r, %r)' % (self.name, self.price, self.qty)

    @property
    def value(self):
        return self.price * self.qty


class Inventory(dict):
    def add(self, item):
        if item.name in self:
            self[item.name].qty += item.qty
        else:
            self[item.name] = item
        return self

    def {solve}(self, threshold=0):
        return sorted((i for i in self.values() if i.value > threshold), key=lambda i: -i.value)


inv = Inventory()
inv.add(Item('bolt', 0.25, 100)).add(Item('nut', 0.1, 250)).add(Item('bolt', 0.25, 20))
print(inv.{solve}(5), sum(i.value for i in inv.values()), sep='{sep}')
'''),
    ('generators_pipeline', '''# Generated program: a lazy generator pipeline ({style}).
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def {solve}(source, width):
    window = []
    for n in source:
        window.append(n)
        if len(window) > width:
            del window[0]
        if len(window) == width:
            yield sum(window) / width


print(list({solve}(evens(numbers(20)), 3)), end='{sep}')
'''),
]


def gen_prog(rng, index):
    name, template = PROGRAM_TEMPLATES[index % len(PROGRAM_TEMPLATES)]
    style = ['compact', 'verbose', 'functional', 'judge'][index // len(PROGRAM_TEMPLATES) % 4]
    solve = rng.choice(['solve', 'answer', 'compute', 'run_case', 'lösung'])
    sep = rng.choice(['\\n', ' ', ', ', '\\t'])
    return name, template.format(style=style, solve=solve, sep=sep)


# ---------------------------------------------------------------- byte-level variants

def variants(out_dir):
    """Re-encode hand-written files: CRLF, tabs, latin-1 + cookie, BOM, CR-only comments."""
    written = {}
    sources = sorted(f for f in os.listdir(out_dir)
                     if f.endswith('.py') and f.startswith(('prog_', 'stmt_', 'def_', 'classes', 'comprehensions', 'generators', 'nesting', 'decorators')))
    for f in sources:
        with open(os.path.join(out_dir, f), 'rb') as fh:
            data = fh.read()
        if b'\r' in data or b'\t' in data:
            continue
        base = f[:-3]
        written['gen_var_crlf_%s.py' % base] = data.replace(b'\n', b'\r\n')
        lines = data.split(b'\n')
        tabbed = []
        for line in lines:
            stripped = line.lstrip(b' ')
            n = len(line) - len(stripped)
            if n % 4 == 0 and not stripped.startswith((b'#',)):
                tabbed.append(b'\t' * (n // 4) + stripped)
            else:
                tabbed.append(line)
        tab_src = b'\n'.join(tabbed)
        if valid34(tab_src):
            written['gen_var_tabs_%s.py' % base] = tab_src
        try:
            text = data.decode('utf-8')
            latin = text.encode('latin-1')
            written['gen_var_latin1_%s.py' % base] = b'# -*- coding: latin-1 -*-\n' + latin
        except UnicodeEncodeError:
            pass
        written['gen_var_bom_%s.py' % base] = b'\xef\xbb\xbf' + data
    return written


FAMILIES = [
    ('sig', gen_sig, 30),
    ('str', gen_str, 25),
    ('num', gen_num, 15),
    ('expr', gen_expr, 90),
    ('stmt', gen_stmt, 70),
    ('slice', gen_slice, 12),
    ('class', gen_class, 15),
    ('import', gen_import, 10),
]


def main():
    out_dir = OUT
    if '--out' in sys.argv:
        out_dir = sys.argv[sys.argv.index('--out') + 1]
    for f in os.listdir(out_dir):
        if f.startswith('gen_') and f.endswith('.py'):
            os.remove(os.path.join(out_dir, f))
    files = {}
    for family, fn, count in FAMILIES:
        for i in range(count):
            rng = random.Random('%s-%d' % (family, i))
            for attempt in range(50):
                src = fn(rng, i)
                if valid34(src):
                    break
            else:
                raise SystemExit('could not generate a valid %s file %d' % (family, i))
            files['gen_%s_%03d.py' % (family, i)] = src.encode('utf-8')
    for i in range(len(PROGRAM_TEMPLATES) * 3):
        rng = random.Random('prog-%d' % i)
        name, src = gen_prog(rng, i)
        assert valid34(src), name
        files['gen_prog_%s_%d.py' % (name, i // len(PROGRAM_TEMPLATES))] = src.encode('utf-8')
    files.update(variants(out_dir))
    for name, data in sorted(files.items()):
        with open(os.path.join(out_dir, name), 'wb') as fh:
            fh.write(data)
    print('wrote %d generated files to %s' % (len(files), out_dir))


if __name__ == '__main__':
    main()
