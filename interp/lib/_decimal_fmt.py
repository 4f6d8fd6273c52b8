"""Decimal.__format__ (see decimal.py): the format mini-language for
Decimals ([[fill]align][sign][#][0][width][,][.precision][type], types
e E f F g G n %)."""

from _decimal_num import _new, _ndigits


def _parse_spec(spec):
    out = {'fill': None, 'align': None, 'sign': None, 'alt': False,
           'zeropad': False, 'minimumwidth': 0, 'thousands_sep': '',
           'precision': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        out['fill'] = spec[0]
        out['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == '#':
        out['alt'] = True
        i += 1
    if i < n and spec[i] == '0':
        out['zeropad'] = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        out['minimumwidth'] = int(spec[i:j])
    i = j
    if i < n and spec[i] == ',':
        out['thousands_sep'] = ','
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("Invalid format specifier")
        out['precision'] = int(spec[i + 1:j])
        i = j
    if i < n:
        if i == n - 1 and spec[i] in 'eEfFgGn%':
            out['type'] = spec[i]
        else:
            raise ValueError("Invalid format specifier")
    if out['zeropad']:
        if out['fill'] is not None or out['align'] is not None:
            raise ValueError("Invalid format specifier")
        out['fill'] = '0'
        out['align'] = '='
    if out['fill'] is None:
        out['fill'] = ' '
    if out['align'] is None:
        out['align'] = '>'
    if out['sign'] is None:
        out['sign'] = '-'
    if out['precision'] == 0 and (out['type'] is None or out['type'] in 'gGn'):
        out['precision'] = 1
    if out['type'] == 'n':
        out['type'] = 'g'
    return out


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    minimumwidth = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _insert_thousands_sep(digits, spec, min_width=1):
    sep = spec['thousands_sep']
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += "{0}{1:+}".format(echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    if spec['thousands_sep']:
        intpart = _insert_thousands_sep(intpart, spec, min_width)
    elif min_width > len(intpart):
        intpart = '0' * (min_width - len(intpart)) + intpart
    return _format_align(sign, intpart + fracpart, spec)


def format_decimal(d, specifier, context):
    """format(d, specifier)."""
    spec = _parse_spec(specifier)
    if d._is_special:
        if spec['zeropad']:
            spec['fill'] = ' '
            spec['align'] = '>'
        sign = _format_sign(d._sign, spec)
        body = str(d.copy_abs())
        if spec['type'] == '%':
            body += '%'
        return _format_align(sign, body, spec)
    if spec['type'] is None:
        spec['type'] = ['g', 'G'][context.capitals]
    if spec['type'] == '%':
        d = _new(d._sign, d._int, d._exp + 2)
    rounding = context.rounding
    precision = spec['precision']
    if precision is not None:
        if spec['type'] in 'eE':
            d = d._round_to(precision + 1, rounding)
        elif spec['type'] in 'fF%':
            d = d._rescale(-precision, rounding)
        elif spec['type'] in 'gG' and _ndigits(d._int) > precision:
            d = d._round_to(precision, rounding)
    if not d._int and d._exp > 0 and spec['type'] in 'fF%':
        d = d._rescale(0, rounding)
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if spec['type'] in 'eE':
        if not d._int and precision is not None:
            dotplace = 1 - precision
        else:
            dotplace = 1
    elif spec['type'] in 'fF%':
        dotplace = leftdigits
    else:
        if d._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    return _format_number(d._sign, intpart, fracpart, exp, spec)
