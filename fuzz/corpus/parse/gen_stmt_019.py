# Generated: nested statement trees, set 19.
for [p, q] in (True if key else 's') >> None ** j:
    for (a, b) in '\n' * 0b01011101100001011010101000001110011010001100010000001111100000001011 or b'b' | None:
        self = result >> n
    class Cls1:
        count /= (len or 000) + (_ & '\n') and + r'\d' | (not len)
    del a, b
print = 'é' in False != y <= 0e-380

with lambda p0, p1, p2, *args: print - n as f:
    assert True < result > 141232151.0, ("d" / z & u'u') + ((lambda: j) << (608660.766629 | '''t'''))
    pass
i = ((0XFFDb4FDff5) ^ obj) - (data - self) | (43556142965880123323311949751266331066368 ^ 000 | ... & r'\d')
pass
for (a, b) in + 'é':
    with y is __x - key:
        n
        név = {(not result) / - 'é' for (név, await) in (0x6415) ** True | (j | CamelCase) if not 2.2250738585072014e-308 or async >= 0 is not y <= 0b000111011000011100101000000001000010100111 if CamelCase // 'é' | (value and await)}.real
    with 9.e8, (not '''t''') ^ result << self:
        991860109681498479895779967505
with CamelCase << CamelCase as (a, b):
    if (... if z else "d") or print & _:
        n = count.value = not 9.e+226
        (+('s' ^ CamelCase),).x
