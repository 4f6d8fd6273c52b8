# Generated: nested statement trees, set 7.
c[π] = len, π = 0b00110011110010000001110111110101001
items[0] //= π.items

assert + key
's'[...]
*a, b = CamelCase = "d" ^ x if __x not in név in snake_case_name else a
if value(132953.161272, 637007059.0 ** '''t''', '\n' - größe, reverse=key, end=print & 0XAEFA3a64eaAFe497F38EA6f5dC8).items:
    while (583961284.) and True or 0B010111001110111111001110100 < total < k or CamelCase ^ value:
        for i in async.items.real:
            self = x < 0b0000010010000000111001110100011011111000101101011001101001 > 'é' == total or ~_
            continue
            i = {'a' 'b' & y: False for i in count << 'é' if not 0O165275170}; assert (node).append(), value * 'a' 'b' != ('s' or 0O061464 or CamelCase) <= n is not ((0o431233463752564012) or r'\d')
        __x | 505238.183086 and not count and (lambda p0=x + 1: u'u')
else:
    x | .585212084
    def fn1(p0: [int], p1):
        loc2 = 0
        pass
        @deco
        def fn3():
            loc4 = 0
            del obj.attr
            pass
            global counter, g2
        y = yield

_[await] = (+ 2.5E-261 for value in 812j & (z or 0xBfE009bE7ed2cbBdb18D55eFEF5 or 947555801.) if (await and 0o2046464617404550 and None) + (not c) for i in (lambda p0, p1: None % i) if a | False and u'u' ^ True and (0.00000000000000000001 and 'é') for count in 0b111110100110011101011 & 's' or b if i >> ...).items
class Cls5(A, B):
    count //= r'\d' & (3359134.0) if not self else None * "d"; [- await if _ + .459122775 else lambda: i for snake_case_name in (b not in __x) >= (j or total) <= (not y) is not (5e-324 > await > 'é') if {'s' ** név, (0X452438dc96Fe3EB06E9D5f89aa) ^ 'a' 'b', (0x1FEb) | a}[i ^ CamelCase]('\n' / obj,) if c * (snake_case_name is not 2.5e148 not in größe in 'é')].left
    if 0o21426715405 << '\n' & 'é' / False:
        items[0] -= lambda *, k: not (584398.813938 and k and 0B010011001111110010010111100001001100); obj.attr ^= "d" | obj
        value = 191440.348465 if r'\d' else async
    try:
        self = 0O7364 ^ (... and _); ~-self
    except E:
        +'é' & obj
    except (KeyError, IndexError):
        assert (0O042 <= CamelCase | 0o1 != (not j) in (node != (0B0010111010000011010011010101001010111011011011001010000111010111100100))) ** π
    except ValueError:
        c * 'é' and (_ or value or "d") and k
        k.next = x[b,] = __x or False or False | count; node.x = key - k
        not not 0 is .957756981

