# Generated: nested statement trees, set 40.
del [x]
count['s' if c else 0o7221356324162450:] = ~ b & (CamelCase | x)
for x, *rest in - (True << False):
    continue
    try:
        pass
        c = total >> y | (0O1474650515414551)
    except ValueError:
        i.x = node and n and i or not 0B001010111010101011100101101110000001111; del (x, y)
    else:
        break
    finally:
        assert {} and items[_ >= a is not 0B01011000 >= items] and not a, 's' ** key
        snake_case_name.append = π = - (a / None); (len | (b'b' or len)) ** ((not node) << (CamelCase if result else n))
assert a & len
