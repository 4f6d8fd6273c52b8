# calling an unbound built-in method without its instance
for f in [lambda: set.add(), lambda: list.append(), lambda: str.upper(), lambda: dict.keys()]:
    try:
        f()
    except TypeError as e:
        print('TypeError', 'needs an argument' in str(e))
print(list.append.__name__, str.upper('ab'), dict.fromkeys('ab'))
