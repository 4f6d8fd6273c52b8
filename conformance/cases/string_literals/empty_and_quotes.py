print(repr(''), repr(""), repr(''''''), repr('"'), repr("'"), repr('\''))
