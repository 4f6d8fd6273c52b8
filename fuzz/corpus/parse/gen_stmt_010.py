# Generated: nested statement trees, set 10.
...

if (print and 0XDAff37eb8EE23AEACAd1d8bcE) and n % node and 46j:
    try:
        del a, b
        del (x, y)
        (a, (b, c)) = (not y - (1e22)) in print ^ True not in (not b) & (_ ^ key) is not a.next
    except (KeyError, IndexError):
        (total // név) ** (not név)
    except ValueError:
        len = total = (0Xf2c2FDba5ACB01e)
        - név
    except mod.Error as err:
        snake_case_name(total,) - -j % (key and __x)
        del [x]
        pass
else:
    pass

self = data + obj or count and count
if {async ^ .222619909: - 2206862328291620513219713759 for π in 'é' & z if 126679.467508 ** b'b' if .132582072}:
    j = ('s' & n) ** (True and print and _)
