print(repr('abc'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\n\t\\'), repr('\x00\x7f\xe9'))
