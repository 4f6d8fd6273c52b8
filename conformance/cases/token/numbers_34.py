# 3.4's last token numbers (3.5 inserted ATEQUAL after AT)
import token
print(token.RARROW, token.ELLIPSIS, token.OP, token.ERRORTOKEN, token.N_TOKENS)
print(token.tok_name[52], token.tok_name[256], hasattr(token, 'ATEQUAL'), hasattr(token, 'COMMENT'))
