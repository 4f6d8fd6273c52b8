s = 'unterminated
