for spec in ['', 'b', '#b', 'o', '#o', 'x', '#X', ',', 'n', 'c', '+', ' ', '=+8', '08', '<8', '^8', '>8', '*^9', 'e', '.3f', '%', '.2%', 'g', 'G']:
    print(repr(spec), format(255, spec), format(-3, spec) if spec != 'c' else '')
