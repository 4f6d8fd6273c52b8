str.maketrans({1.5: 'x'})
