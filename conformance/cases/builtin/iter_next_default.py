print(next(iter([]), 'd'), next(iter('x')))
