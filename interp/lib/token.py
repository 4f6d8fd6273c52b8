"""Token numbers of Python 3.4's tokenizer (``token``): the constants,
``tok_name`` and the ``ISTERMINAL``/``ISNONTERMINAL``/``ISEOF`` tests."""

_NAMES = (
    'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT',
    'LPAR', 'RPAR', 'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS',
    'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT',
    'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL',
    'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT',
    'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL',
    'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL',
    'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH',
    'DOUBLESLASHEQUAL', 'AT', 'RARROW', 'ELLIPSIS', 'OP', 'ERRORTOKEN',
    'N_TOKENS',
)

for _i, _n in enumerate(_NAMES):
    globals()[_n] = _i
NT_OFFSET = 256

# Every public int constant by value, N_TOKENS and NT_OFFSET included (3.4).
tok_name = dict((_i, _n) for _i, _n in enumerate(_NAMES))
tok_name[NT_OFFSET] = 'NT_OFFSET'
__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + list(_NAMES) + ['NT_OFFSET']
del _i, _n, _NAMES


def ISTERMINAL(x):
    """Whether x numbers a terminal token."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """Whether x numbers a grammar symbol."""
    return x >= NT_OFFSET


def ISEOF(x):
    """Whether x is ENDMARKER."""
    return x == ENDMARKER
