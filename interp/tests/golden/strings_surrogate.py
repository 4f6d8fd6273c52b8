# Lone surrogates are legal in 3.4 str literals (they cannot be encoded, but they can be written).
s = '\ud800 lone surrogate'
t = '\udfff'
u = '\ud83d\ude00'
