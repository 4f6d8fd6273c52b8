# Generated: expressions mixing every operator level, set 54.
(None | a) & ((0X8aF628E6b65d4B0FA42dDf23b1) ^ 0)
(π / snake_case_name - async & (total & (.5E147 or y))) << [](snake_case_name ** value ^ (key or False) for i, await, items in (key or '\n' or '''t''') ** node ** (0B110100111001111011010000011001000110))
9.E+167 ^ 1e224 is (k and x) is not (b or node or self) or (- 979691761636239008979440431 if 'é' >> obj else CamelCase) or ~async
{... or k, 0B110000001111000110010101010111110, k}[CamelCase - len:](self - key, +10000000000000000000, *b'b' or None, sep=- n) // items(*név ^ None, reverse=data)[név][node, ..., a ** 's'::c if 0000 else n] >> (not j[:größe - r'\d'])
r4 = (605149841.) ^ ... >= items >> len in 634247.842628 - k != (u'u' and 846j) or (False and True and total) << größe, lambda p0, *, p1, **kwargs: 356652963. ** False
~ j
r6 = 9999999999999999999999999999.0 + data
r7 = (False // 0000 - +10000000000000000) // obj.left, (print or True).attr
r8 = ~('é' and CamelCase) ^ (not "d") + ('a' 'b' - "d") ^ '\n'
r9 = None ^ π
r10 = {obj or print or 148427.652138: (0Xd7Dc3Bf1DAd8EDDBeabFD0) // 0 for _ in 0000 or True}(.5e358j for (snake_case_name, y) in snake_case_name ^ y).next, π & (836883617491) ^ (not 2.5e315)
r11 = lambda *args, p0=1: 0 + snake_case_name
r12 = data ^ async
r13 = (count(677213.824573 if b'b' else result, __x | 0.000000000000000000001, *not value, default=000)[...] != total[False | CamelCase:3611 ^ "d"] >= (CamelCase and total) * a != (0b0010000111010101100000100010 is not (π or 's' or CamelCase))) ^ név.x.attr
((91083377074067476922680470980 / __x) ** (k & len) and - ('s' - r'\d') and node(y if __x else value, await and None and await, len, *80960541760601 ^ π, reverse=j or 'a' 'b')) and -((9.e71) & (not False))
r15 = (async and b'b' and await) % - result - (data | await not in items ** x), ... & (print if ... else 495384434.0)
r16 = (False or név or await) / (await and async and _)
r17 = 164517191364464 | b
items
r19 = -(lambda p0, p1, p2, *, p3, **kwargs: True and _ and u'u'), ('é' or None or (0o33732610532)) | 2.5E69 ** 'é'
r20 = not snake_case_name and 380471.436139, not await
r21 = (x ^ 9.e22) ** (total ^ k) | + (22508104110394215440895051100978089 and j and key) if - ((_ or None or _) | '''t''' & größe) else (π is '\n' is not ... in async) // 0b11001100100101010101101000101010010101101100 * größe[True if count else 932786.436197J](not result, key=a ^ _, end=value * False), (snake_case_name in z) << ((277178.279818) and b)
r22 = ((not snake_case_name) ^ 74 & result) - (r'\d' | größe >= (... or x or node) <= (not k)) ^ ('\n' ** z <= b in "d" & x == (_ or False)) / ((47997995 < data) // (print if await else j))
r23 = [(lambda: 'a' 'b') and ~ ... % ("d" >> y) and (False if 0b0111101101011101100001111110110010101101100000000011110 else n) / (... and CamelCase)](((result <= len is not 'a' 'b') ^ print) ** (r'\d' and 89798 << a and 510730258. ^ név), CamelCase, *(not value) * (73490653977977898458 // count) and (data and 000) >> (0000 >> ...) and 0b01100100010110000010111010110000111101000111111110101100 % ...)
~(__x >= 'é' if ~c else c & 0o205170304)
