f = str.upper
print(f('abc'), list.append.__name__, len.__name__, [].append.__self__)
