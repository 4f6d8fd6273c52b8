results = []
for x in [1, 0, 2, 'a', 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append('div0')
        continue
    except TypeError:
        results.append('type')
print(results)
