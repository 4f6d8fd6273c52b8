for spec in ['', '>5', '^6', '.2', '5.1', '<4', '*>7', '-^7']:
    print(repr(spec), repr(format('abc', spec)))
print(format(True, ''), format(True, 'd'), format(None, ''), format(2**64, 'x'), format(-2**64, ','))
