#!/usr/bin/env python3
"""Regenerate (or check) the golden files of the AST corpus.

    python3 scripts/regen_golden.py           # write interp/tests/golden/*.ast and errors/*.err
    python3 scripts/regen_golden.py --check   # compare only; exit 1 on any difference
    python3 scripts/regen_golden.py --list-python3   # print python3's raw error values

Valid files: every interp/tests/golden/*.py is run through
`python3 ast34.py FILE` (the shared tool that prints exactly CPython 3.4's
`ast.dump(ast.parse(source))`); it must exit 0, and its stdout is the .ast file.

Error cases: every interp/tests/golden/errors/*.py must be rejected.  The
expected exception class, message, line and offset are taken from python3
(3.11, through ast34.py's parse, which adds the checks 3.4's parser makes and
3.11's does not).  Where CPython 3.4 words or places the error differently
(../shared/py34-vs-py311.md section 2, plus the CPython 3.4 parser/tokenizer
behaviour explained in OFFSET_RULES below), the OVERRIDES table replaces the
python3 value; every override says why, and the reason is written into the
.err file as `py34_override:` next to the python3 values it replaced.

The .err format (read by interp/tests/golden_ast.rs) is one `key: value` per
line: type, msg, line, offset, then python3 and py34_override for humans.
"""
import concurrent.futures
import io
import os
import subprocess
import sys
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'interp', 'tests', 'golden')
ERRORS = os.path.join(GOLDEN, 'errors')


def find_ast34():
    candidates = [os.environ.get('KAA_AST34', ''),
                  os.path.join(ROOT, '..', 'shared', 'tools', 'ast34.py'),
                  '/work/shared/tools/ast34.py']
    for c in candidates:
        if c and os.path.isfile(c):
            return os.path.abspath(c)
    raise SystemExit('ast34.py not found: set KAA_AST34=/path/to/ast34.py')


AST34 = find_ast34()

# How CPython 3.4 computes SyntaxError.offset, read from its C sources
# (Parser/parsetok.c, Parser/tokenizer.c, Python/ast.c, Python/pythonrun.c):
OFFSET_RULES = {
    'token_end': 'parser errors: 3.4 sets offset = tok->cur - line start, i.e. the END of the '
                 'offending token (3.11 uses its start + 1; they agree for 1-character tokens)',
    'ast_c': 'errors raised in ast.c: 3.4 uses the node\'s 0-based n_col_offset with no +1 '
             '(the +1 came in 3.8, bpo-34683)',
    'line_end': 'tokenizer errors EOL/EOF-in-string, bad dedent, TabError and line continuation: '
                '3.4 sets tok->cur = tok->inp, so offset = length of the line including its newline',
    'file_eof': 'EOF while reading a file: 3.4\'s tok_nextc does lineno++ before every read, even the one that '
                'hits EOF, and leaves the cursor at the end of the previous line, so the error is on line N+1 '
                '(N = lines in the file) at offset len(last line)+1',
}

# name -> (fields replaced, reason).  Fields: type, msg, line, offset.
OVERRIDES = {}


def override(name, reason, **fields):
    assert name not in OVERRIDES, name
    OVERRIDES[name] = (fields, reason)


MSG = 'message from py34-vs-py311.md section 2 row %s'
override('eol_string_short', MSG % 120 + '; ' + OFFSET_RULES['line_end'] + ' (CPython 3.4 test_exceptions: x = "a -> offset 7)',
         msg='EOL while scanning string literal', offset=7)
override('eol_string', MSG % 120 + '; ' + OFFSET_RULES['line_end'], msg='EOL while scanning string literal', offset=9)
override('eof_triple_quote', MSG % 121 + '; ' + OFFSET_RULES['file_eof'] + '; inside a token the buffer is '
         'read once more before EOF is seen, so the line is 3 (model of the lexer branch, not checked against a 3.4 binary)',
         msg='EOF while scanning triple-quoted string literal', line=3, offset=1)
override('eof_in_parens', MSG % 122 + '; ' + OFFSET_RULES['file_eof'], msg='unexpected EOF while parsing', line=2, offset=10)
override('unterminated_call_eof', MSG % 122 + '; ' + OFFSET_RULES['file_eof'], msg='unexpected EOF while parsing',
         line=2, offset=10)
override('unmatched_close', MSG % 123, msg='invalid syntax')
override('mismatched_close', MSG % 124, msg='invalid syntax')
override('if_missing_colon', MSG % 119, msg='invalid syntax')
override('def_missing_colon', MSG % 119, msg='invalid syntax')
override('print_statement_str', MSG % 126 + '; ' + OFFSET_RULES['token_end'] + " (the string token 'hi')",
         msg="Missing parentheses in call to 'print'", offset=10)
override('print_statement_name', MSG % 126 + '; ' + OFFSET_RULES['token_end'] + ' (the name x)',
         msg="Missing parentheses in call to 'print'", offset=7)
override('exec_statement', MSG % 127 + '; ' + OFFSET_RULES['token_end'],
         msg="Missing parentheses in call to 'exec'", offset=8)
override('expected_indent_if', MSG % 128 + '; ' + OFFSET_RULES['token_end'] + ' (pass)',
         msg='expected an indented block', offset=4)
override('expected_indent_def', MSG % 129 + '; ' + OFFSET_RULES['token_end'] + ' (x)',
         msg='expected an indented block', offset=1)
override('tab_space_mix', OFFSET_RULES['line_end'], offset=14)
override('assign_literal', MSG % 132 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to literal", offset=0)
override('assign_str_literal', MSG % 132 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to literal", offset=0)
override('assign_call', MSG % 133 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to function call", offset=0)
override('assign_operator', MSG % 134 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to operator", offset=0)
override('assign_listcomp', MSG % 135 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to list comprehension", offset=0)
override('assign_lambda', MSG % 136 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to lambda", offset=0)
override('assign_lambda_x', MSG % 136 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to lambda", offset=0)
override('assign_comparison', MSG % 136 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to comparison", offset=0)
override('assign_none', MSG % 137 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to keyword", offset=0)
override('assign_true', MSG % 137 + '; ' + OFFSET_RULES['ast_c'], msg="can't assign to keyword", offset=0)
override('assign_debug', MSG % 138 + ' (a parse error in 3.4; python3 ast.parse accepts it, ast34.py gives no offset); '
         + OFFSET_RULES['ast_c'], msg='assignment to keyword', line=1, offset=0)
override('assign_yield_paren', "3.4 ast.c: can't assign to yield expression; " + OFFSET_RULES['ast_c'] + ' (the parenthesis)',
         msg="can't assign to yield expression", offset=0)
override('assign_yield_middle', 'same message (3.4 ast.c checks a yield_expr target first); ' + OFFSET_RULES['ast_c'],
         offset=4)
override('del_literal', MSG % 139 + '; ' + OFFSET_RULES['ast_c'], msg="can't delete literal", offset=4)
override('del_call', MSG % 139 + '; ' + OFFSET_RULES['ast_c'], msg="can't delete function call", offset=4)
override('del_tuple_literal', MSG % 139 + '; ' + OFFSET_RULES['ast_c'] + ' (set_context passes the whole target node down)',
         msg="can't delete literal", offset=4)
override('for_target_literal', "3.4 wording can't assign to literal (row 132); " + OFFSET_RULES['ast_c'],
         msg="can't assign to literal", offset=4)
override('augassign_tuple', MSG % 140 + '; ' + OFFSET_RULES['ast_c'], msg='illegal expression for augmented assignment', offset=0)
override('augassign_list', MSG % 140 + '; ' + OFFSET_RULES['ast_c'], msg='illegal expression for augmented assignment', offset=0)
override('augassign_expr', "3.4's ast_for_expr_stmt calls set_context on an augmented target before its own "
         "Name/Attribute/Subscript check, so an operator target gets can't assign to operator (row 134); "
         + OFFSET_RULES['ast_c'], msg="can't assign to operator", offset=0)
override('kwarg_repeated', MSG % 141 + ' (python3 ast.parse accepts it; ast34.py gives no offset); ' + OFFSET_RULES['ast_c']
         + ' (the second keyword name)', msg='keyword argument repeated', line=1, offset=7)
override('positional_after_kw', MSG % 142 + '; ' + OFFSET_RULES['ast_c'] + ' (the argument 2)',
         msg='non-keyword arg after keyword arg', offset=7)
override('kw_is_expression', MSG % 144 + '; ' + OFFSET_RULES['ast_c'], msg="keyword can't be an expression", offset=2)
override('kw_lambda', MSG % 144 + '; ' + OFFSET_RULES['ast_c'], msg='lambda cannot contain assignment', offset=2)
override('genexp_not_sole', MSG % 145 + '; ' + OFFSET_RULES['ast_c'] + ' (the arglist node)',
         msg='Generator expression must be parenthesized if not sole argument', offset=2)
override('args_after_kwargs', "3.4's grammar allows nothing after **kwargs: invalid syntax at the comma; "
         + OFFSET_RULES['token_end'], msg='invalid syntax', offset=6)
override('positional_after_kwargs', "3.4's grammar allows nothing after **kwargs: invalid syntax at the comma; "
         + OFFSET_RULES['token_end'], msg='invalid syntax', offset=6)
override('positional_after_star', 'section 8 row 300: 3.4 says only named arguments may follow *expression '
         '(python3 accepts it, PEP 448); ' + OFFSET_RULES['ast_c'] + ' (the argument b)',
         type='SyntaxError', msg='only named arguments may follow *expression', line=1, offset=6)
override('double_star_twice', "section 8 row 299: 3.4's grammar allows nothing after **a (python3 accepts it, PEP 448); "
         + OFFSET_RULES['token_end'] + ' (the comma)', type='SyntaxError', msg='invalid syntax', line=1, offset=6)
override('trailing_comma_after_star_def', 'section 8 row 303 (python3 accepts it; ast34.py rejects it without an offset); '
         + OFFSET_RULES['token_end'] + ' (the closing parenthesis after the comma)', line=1, offset=10)
override('trailing_comma_after_kwargs_call', 'section 8 row 303 (python3 accepts it; ast34.py rejects it without an offset); '
         + OFFSET_RULES['token_end'] + ' (the comma: nothing may follow **kw in 3.4)', line=1, offset=7)
override('relaxed_decorator', 'section 8 row 305 (python3 accepts it; ast34.py rejects it without an offset); '
         + OFFSET_RULES['token_end'] + ' (the [ after the decorator name)', line=1, offset=3)
override('octal_old_style', MSG % 146 + '; 3.4 tokenizer backs up to the character after the digits', msg='invalid token', offset=8)
override('leading_zero', MSG % 146 + '; 3.4 tokenizer backs up to the character after the digits', msg='invalid token', offset=6)
override('hex_bad_digit', MSG % 147 + '; 3.4 tokenizer backs up to the bad digit', msg='invalid token', offset=6)
override('long_suffix', MSG % 147 + '; ' + OFFSET_RULES['token_end'] + ' (the name L)', msg='invalid syntax', offset=7)
override('exponent_missing', MSG % 147 + '; 3.4 reads 1 as a number and e as a name: ' + OFFSET_RULES['token_end'],
         msg='invalid syntax', offset=6)
override('euro_sign', MSG % 148, msg='invalid character in identifier')
override('lambda_tuple_param', MSG % 149, msg='invalid syntax')
override('except_comma', MSG % 150 + '; ' + OFFSET_RULES['token_end'] + ' (the comma; python3 points at E)', msg='invalid syntax', offset=9)
override('bytes_non_ascii', MSG % 152 + ' (trailing period); ' + OFFSET_RULES['ast_c'],
         msg='bytes can only contain ASCII literal characters.', offset=4)
override('default_order', 'same message; ' + OFFSET_RULES['ast_c'] + ' (the typedargslist node after the parenthesis)', offset=6)
override('bare_star_only', 'same message; ' + OFFSET_RULES['ast_c'] + ' (the * node)', offset=6)
override('star_after_kwargs_def', "3.4's grammar allows nothing after **k in a def: invalid syntax at the comma; "
         + OFFSET_RULES['token_end'], msg='invalid syntax', offset=10)
override('if_expr_no_else', "3.4 has no 'expected else' message: invalid syntax at the NEWLINE token; "
         + OFFSET_RULES['token_end'], msg='invalid syntax', offset=11)
override('unclosed_bracket_next_line', "3.4 does not track unclosed brackets: invalid syntax at the name y on line 2; "
         + OFFSET_RULES['token_end'], msg='invalid syntax', line=2, offset=1)
override('backslash_junk', OFFSET_RULES['line_end'], offset=10)
override('unknown_n_escape', 'same message; ' + OFFSET_RULES['ast_c'] + ' (the string atom)', offset=4)
override('named_escape_leading_hyphen', 'same message; ' + OFFSET_RULES['ast_c'] + ' (the string atom). '
         'Regression: a name starting with - panicked in unicode_names2 (fuzz crash 9f12cb62)', offset=4)
override('fuzz_named_escape_hyphen', 'same message; ' + OFFSET_RULES['ast_c'] + ' (the string atom). '
         'Regression: the fuzz input crash-9f12cb62374ab8dcf80eee0c484f73937cb957db', offset=4)
override('truncated_x_escape', 'same message; ' + OFFSET_RULES['ast_c'] + ' (the string atom)', offset=4)
override('bytes_truncated_x_escape', 'same message; ' + OFFSET_RULES['ast_c'] + ' (the string atom)', offset=4)
override('walrus', 'section 8 row 291: 3.4 has no := token, so the parser stops at : (3.11 in 3.4 mode names the feature); '
         + OFFSET_RULES['token_end'], msg='invalid syntax', offset=7)
override('fstring', "section 8 row 285: in 3.4 f is a name followed by a string: invalid syntax at the string; "
         + OFFSET_RULES['token_end'], msg='invalid syntax', offset=10)
override('matmul', "section 8 row 290: 3.4 has no @ operator in expressions; invalid syntax at @", msg='invalid syntax', offset=7)
override('async_def', 'section 8 row 286: async is a plain name in 3.4; invalid syntax at def; ' + OFFSET_RULES['token_end'],
         msg='invalid syntax', offset=9)
override('var_annotation', 'section 8 row 294: invalid syntax at the colon', msg='invalid syntax', offset=2)
override('underscore_number', 'section 8 row 293: 3.4 reads 1 then the name _000; ' + OFFSET_RULES['token_end'],
         msg='invalid syntax', offset=9)
override('too_many_arguments', 'section 2 row 159: 3.4 ast.c limits calls to 255 arguments (python3 accepts it); '
         + OFFSET_RULES['ast_c'] + ' (the arglist node)', type='SyntaxError', msg='more than 255 arguments', line=1, offset=2)
override('return_star_tuple', 'section 8 row 302 (python3 accepts it; ast34.py rejects it without an offset); '
         + 'invalid syntax at the star, a 1-character token', line=2, offset=12)
override('four_equals', OFFSET_RULES['token_end'] + ' (the second ==)', offset=6)


def decode_like_cpython(raw):
    encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
    text = raw.decode(encoding)
    return text[1:] if text.startswith('\ufeff') else text


def python3_error(path):
    """(type, msg, line, offset) python3 reports through ast34's 3.4-mode parse, or None."""
    sys.path.insert(0, os.path.dirname(AST34))
    import ast34  # noqa: E402  (the shared tool, imported for its dump34())
    with open(path, 'rb') as fh:
        raw = fh.read()
    try:
        source = decode_like_cpython(raw)
        ast34.dump34(source)
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno, e.offset)
    except ast34.Not34 as e:
        return ('Not34', str(e), None, None)
    return None


def expected_error(path):
    name = os.path.splitext(os.path.basename(path))[0]
    py3 = python3_error(path)
    fields, reason = OVERRIDES.get(name, ({}, None))
    if py3 is None and not {'type', 'msg', 'line', 'offset'} <= set(fields) | ({'type'} if 'msg' in fields else set()):
        raise SystemExit('%s: python3 accepts it and the override does not give every field' % path)
    base = dict(zip(('type', 'msg', 'line', 'offset'), py3 or ('SyntaxError', None, None, None)))
    if base['type'] == 'Not34':
        base['type'] = 'SyntaxError'
    base.update(fields)
    for k in ('msg', 'line', 'offset'):
        if base[k] is None:
            raise SystemExit('%s: no %s (python3 gave none); add it to OVERRIDES' % (path, k))
    lines = ['type: %s' % base['type'], 'msg: %s' % base['msg'], 'line: %d' % base['line'],
             'offset: %d' % base['offset']]
    lines.append('python3: %s' % (' | '.join(str(v) for v in py3) if py3 else 'accepted'))
    if reason:
        lines.append('py34_override: %s (replaced: %s)' % (reason, ', '.join(sorted(fields)) or 'nothing'))
    return '\n'.join(lines) + '\n'


def golden_dump(path):
    proc = subprocess.run([sys.executable, AST34, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        return None, proc.stderr.decode('utf-8', 'replace').strip()
    return proc.stdout, None


def main(argv):
    check = '--check' in argv
    if '--list-python3' in argv:
        for f in sorted(os.listdir(ERRORS)):
            if f.endswith('.py'):
                print(f[:-3], python3_error(os.path.join(ERRORS, f)))
        return 0
    problems = []
    changed = 0
    pys = sorted(f for f in os.listdir(GOLDEN) if f.endswith('.py'))
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda f: golden_dump(os.path.join(GOLDEN, f)), pys))
    for f, (out, err) in zip(pys, results):
        if out is None:
            problems.append('%s: not valid Python 3.4 per ast34.py: %s' % (f, err))
            continue
        target = os.path.join(GOLDEN, f[:-3] + '.ast')
        old = open(target, 'rb').read() if os.path.exists(target) else None
        if old != out:
            changed += 1
            if check:
                problems.append('%s: .ast is stale or missing' % f)
            else:
                with open(target, 'wb') as fh:
                    fh.write(out)
    for f in sorted(os.listdir(GOLDEN)):
        if f.endswith('.ast') and f[:-4] + '.py' not in pys:
            problems.append('%s: .ast without a .py' % f)
    errs = sorted(f for f in os.listdir(ERRORS) if f.endswith('.py'))
    for name in OVERRIDES:
        if name + '.py' not in errs:
            problems.append('override for missing error case %s' % name)
    for f in errs:
        text = expected_error(os.path.join(ERRORS, f))
        target = os.path.join(ERRORS, f[:-3] + '.err')
        old = open(target, encoding='utf-8').read() if os.path.exists(target) else None
        if old != text:
            changed += 1
            if check:
                problems.append('errors/%s: .err is stale or missing' % f)
            else:
                with open(target, 'w', encoding='utf-8', newline='\n') as fh:
                    fh.write(text)
    for p in problems:
        print(p)
    n_over = sum(1 for f in errs if f[:-3] in OVERRIDES)
    print('%d valid files, %d error cases (%d with a 3.4 override), %d %s, %d problems'
          % (len(pys), len(errs), n_over, changed, 'differ' if check else 'written', len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
