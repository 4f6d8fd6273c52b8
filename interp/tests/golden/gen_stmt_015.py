# Generated: nested statement trees, set 15.
b'b' & - c
assert {(838580.629672)[:'a' 'b' ** 705906658297][obj, 0o6524331152237755041661:u'u' is not (0x45E2)], 0e+56 ** 'é' ^ print}(u'u' if False << obj else len, -név ^ c ** i, größe / async or r'\d' or n | "d", reverse=- await / ('s' - __x)).value, result
try:
    count, _ = k = '\n' & 626j
    for [p, q] in (608611436157220426854572244712939) <= (not count) is not items >> 0O1163505 <= (lambda p0, *, p1=(1, 2), p2: .5E+99):
        @wraps(f)
        @a.b
        def fn1():
            loc2 = 0
            assert print, y & 353715044. ^ (lambda x, y=1: _)
            await = {None is not _ not in obj in async: 2.5E+37 * 2.5E83, j ** items: data if ... else self}[::"d" | total,] ** k[await & r'\d':await](not 0xDCCC4459e9fE, 0Xc4d887652F2387D758 or π, reverse=π, key=total / a)
    with ~ items as out[0], print as f, b'b' and None and CamelCase if c else "d" ** _ as f:
        z ^ .5E+163
finally:
    while 496603250346085 + count:
        'é' & await
        for obj.attr in obj * CamelCase ^ - False:
            break
            continue
            continue
        if ((.59040716) or z or ...) >> (j | 'é'):
            break
            1E-165 and 2.5e+356 and y
    self = (72257239510239859) is not await == u'u' != '\n'
    items[0] -= ... + None

items[0] *= 's'

assert await(lambda p0=(): not i, (snake_case_name if k else snake_case_name) > key | 'é' <= (u'u' and b'b' and 74109148677156795480j)).real, +'''t'''
