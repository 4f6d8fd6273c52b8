# the token numbers 3.4 shares with later versions (0-49) and the predicates
import token
for n in ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'COLON', 'PLUS',
          'EQEQUAL', 'DOUBLESTAR', 'DOUBLESLASHEQUAL', 'AT']:
    v = getattr(token, n)
    print(n, v, token.tok_name[v], token.ISTERMINAL(v), token.ISNONTERMINAL(v), token.ISEOF(v))
print(token.NT_OFFSET, token.ISNONTERMINAL(256), token.ISTERMINAL(255))
print(all(token.tok_name[getattr(token, n)] == n for n in ['LPAR', 'RPAR', 'LSQB', 'RSQB', 'COMMA', 'SEMI']))
