# attack: the fuzzing input of session 7 (timeout-8fc63dd4...): an int | chain whose last operand is int % int * (): the empty-tuple repeat hung before the TypeError
# expect: runtime_error(TypeError)  limits: instructions=200000 wall=1 memory=16M
2*21555555455555555555555555555|5555555555555555455555555555555555555|55555555555555555%355555555555555*()
