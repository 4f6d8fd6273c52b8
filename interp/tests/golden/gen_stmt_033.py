# Generated: nested statement trees, set 33.
class Cls1():
    with z or ('a' 'b' if 'a' 'b' else 418977982456971723162417924229608) or a >= név not in y, not i as out[0], not print as out[0]:
        assert (0O707231060004370) + 0O543422700170 ^ (print ^ '''t''') and ("d" & count or '\n')
        if (not (0x8bE9)) - +node:
            del [x]
        v = obj

items[0] ^= ...(key=_, **lambda x, y=1: a)
items[0] %= [0O4741264370 << (000), (9999999999999999999999999.0), True or 850j or 0B001110011110101010110101010001110111001101001010110011]
név >> .613518443
assert value and await and print, 's' and _ and True
