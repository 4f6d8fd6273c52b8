"""A collection of string constants and classes (Kaa's Python 3.4 ``string``).

Template is parsed by hand for the default ``idpattern``; a subclass that
overrides ``idpattern`` or ``pattern`` is handled with the ``re`` module.
Formatter has its own parser for the format-string grammar.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join.
    """
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


# --- Template -----------------------------------------------------------------

_DEFAULT_IDPATTERN = r'[_a-z][_a-z0-9]*'
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _ChainedMapping(object):
    """Lookups in the keyword arguments first, then in the mapping."""

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


class Template(object):
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    flags = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, index):
        lines = self.template[:index].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _tokens(self):
        """Yield (kind, name, start, end) for every delimiter occurrence.

        kind is 'escaped', 'named', 'braced' or 'invalid'; start/end span the
        whole placeholder, and for 'invalid' end is the index after the
        delimiter (where CPython's pattern matched the empty group).
        """
        cls = type(self)
        if cls.idpattern != _DEFAULT_IDPATTERN or 'pattern' in _class_attrs(cls):
            for token in self._regex_tokens():
                yield token
            return
        template = self.template
        delimiter = self.delimiter
        width = len(delimiter)
        size = len(template)
        position = template.find(delimiter)
        while position >= 0:
            after = position + width
            if template.startswith(delimiter, after):
                yield ('escaped', None, position, after + width)
                position = template.find(delimiter, after + width)
                continue
            if after < size and template[after] in _ID_START:
                end = after + 1
                while end < size and template[end] in _ID_CHARS:
                    end += 1
                yield ('named', template[after:end], position, end)
                position = template.find(delimiter, end)
                continue
            if after < size and template[after] == '{':
                start = after + 1
                end = start
                if end < size and template[end] in _ID_START:
                    end += 1
                    while end < size and template[end] in _ID_CHARS:
                        end += 1
                    if end < size and template[end] == '}':
                        yield ('braced', template[start:end], position, end + 1)
                        position = template.find(delimiter, end + 1)
                        continue
            yield ('invalid', None, position, after)
            position = template.find(delimiter, after)

    def _regex_tokens(self):
        import re
        cls = type(self)
        pattern = _class_attrs(cls).get('pattern')
        if pattern is None:
            delim = re.escape(cls.delimiter)
            pattern = r"""
            %s(?:
              (?P<escaped>%s) |
              (?P<named>%s)   |
              {(?P<braced>%s)} |
              (?P<invalid>)
            )""" % (delim, delim, cls.idpattern, cls.idpattern)
        if isinstance(pattern, str):
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            pattern = re.compile(pattern, flags | re.VERBOSE)
        for match in pattern.finditer(self.template):
            for kind in ('escaped', 'named', 'braced'):
                value = match.group(kind)
                if value is not None:
                    yield (kind, value, match.start(), match.end())
                    break
            else:
                if match.group('invalid') is None:
                    raise ValueError('Unrecognized named group in pattern', pattern)
                yield ('invalid', None, match.start(), match.start('invalid'))

    def substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'substitute' of 'Template' object needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, args[0])
        else:
            mapping = args[0]
        template = self.template
        pieces = []
        last = 0
        for kind, name, start, end in self._tokens():
            pieces.append(template[last:start])
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                pieces.append('%s' % (mapping[name],))
            last = end
        pieces.append(template[last:])
        return ''.join(pieces)

    def safe_substitute(*args, **kws):
        if not args:
            raise TypeError("descriptor 'safe_substitute' of 'Template' object needs an argument")
        self, args = args[0], args[1:]
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, args[0])
        else:
            mapping = args[0]
        template = self.template
        pieces = []
        last = 0
        for kind, name, start, end in self._tokens():
            pieces.append(template[last:start])
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                pieces.append(template[start:end])
            else:
                try:
                    pieces.append('%s' % (mapping[name],))
                except KeyError:
                    pieces.append(template[start:end])
            last = end
        pieces.append(template[last:])
        return ''.join(pieces)


def _class_attrs(cls):
    """The attributes defined on cls and its bases up to Template (excluded)."""
    found = {}
    for klass in reversed(cls.__mro__):
        if klass is Template or klass is object:
            continue
        found.update(klass.__dict__)
    return found


# --- Formatter ----------------------------------------------------------------

def _parse_format(format_string):
    """Yield (literal_text, field_name, format_spec, conversion) tuples."""
    text = format_string
    size = len(text)
    position = 0
    while position < size:
        start = position
        markup = False
        char = ''
        while position < size:
            char = text[position]
            position += 1
            if char == '{' or char == '}':
                markup = True
                break
        literal_end = position - 1 if markup else position
        literal = text[start:literal_end]
        if not markup:
            yield (literal, None, None, None)
            return
        at_end = position >= size
        if char == '}' and (at_end or text[position] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and char == '{':
            raise ValueError("Single '{' encountered in format string")
        if text[position] == char:
            # A doubled brace is literal text.
            position += 1
            yield (literal + char, None, None, None)
            continue
        position, name, spec, conversion = _parse_field(text, position)
        yield (literal, name, spec, conversion)


def _parse_field(text, position):
    """Parse the field starting at text[position] (just after its '{').

    Return (position after the closing '}', name, spec, conversion).
    """
    size = len(text)
    start = position
    char = ''
    while position < size:
        char = text[position]
        position += 1
        if char == '{':
            raise ValueError("unexpected '{' in field name")
        if char == '[':
            while position < size and text[position] != ']':
                position += 1
            continue
        if char == '}' or char == ':' or char == '!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    name = text[start:position - 1]
    conversion = None
    if char == '!':
        if position >= size:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[position]
        position += 1
        if position >= size:
            raise ValueError("unmatched '{' in format spec")
        char = text[position]
        position += 1
        if char == '}':
            return position, name, '', conversion
        if char != ':':
            raise ValueError("expected ':' after conversion specifier")
    if char == '}':
        return position, name, '', conversion
    spec_start = position
    depth = 1
    while position < size:
        char = text[position]
        position += 1
        if char == '{':
            depth += 1
        elif char == '}':
            depth -= 1
            if depth == 0:
                return position, name, text[spec_start:position - 1], conversion
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """Return (first, [(is_attribute, key), ...]) for a field name."""
    size = len(name)
    position = 0
    while position < size and name[position] not in '.[':
        position += 1
    first = name[:position]
    if first.isdigit():
        first = int(first)
    rest = []
    while position < size:
        char = name[position]
        position += 1
        if char == '.':
            start = position
            while position < size and name[position] not in '.[':
                position += 1
            key = name[start:position]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((True, key))
        elif char == '[':
            start = position
            while position < size and name[position] != ']':
                position += 1
            if position >= size:
                raise ValueError("Missing ']' in format string")
            key = name[start:position]
            position += 1
            if not key:
                raise ValueError('Empty attribute in format string')
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            if position < size and name[position] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter(object):
    """str.format() as a class whose steps can be overridden."""

    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object needs an argument")
        self, args = args[0], args[1:]
        if args:
            format_string, args = args[0], args[1:]
        elif 'format_string' in kwargs:
            format_string = kwargs.pop('format_string')
        else:
            raise TypeError("format() missing 1 required positional argument: 'format_string'")
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
