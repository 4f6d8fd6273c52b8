import difflib
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'wheels'], n=2, cutoff=0.7))
difflib.get_close_matches('x', ['y'], n=0)
