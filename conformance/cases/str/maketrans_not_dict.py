str.maketrans(['a'])
