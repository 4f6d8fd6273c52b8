"""Helpers of ``pickle`` for the text protocols 0 and 1.

``raw_unicode_escape`` is how protocol 0 writes a str (the UNICODE opcode),
``reduce_ex01`` is ``object.__reduce_ex__(0 or 1)``: the object is rebuilt
by ``copyreg._reconstructor(cls, base, state)`` from its nearest built-in
base class, then its ``__dict__`` (or ``__getstate__()``) is applied.
"""


def raw_unicode_escape(text):
    """``text.encode('raw-unicode-escape')``: Latin-1 bytes as they are,
    other code points as ``\\uXXXX`` / ``\\UXXXXXXXX``."""
    out = bytearray()
    for c in text:
        cp = ord(c)
        if cp < 0x100:
            out.append(cp)
        elif cp < 0x10000:
            out += ('\\u%04x' % cp).encode('ascii')
        else:
            out += ('\\U%08x' % cp).encode('ascii')
    return bytes(out)


def _builtin_base(cls):
    # The first class of the MRO that is not defined in Python code.
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            return base
    return object


def reduce_ex01(obj):
    """``copyreg._reduce_ex(obj, proto)`` for protocols 0 and 1."""
    import copyreg
    cls = obj.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("can't pickle %s objects" % base.__name__)
        state = base(obj)
    args = (cls, base, state)
    getstate = getattr(obj, '__getstate__', None)
    if getstate is None:
        if getattr(obj, '__slots__', None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        state = getattr(obj, '__dict__', None)
    else:
        state = getstate()
    if state:
        return copyreg._reconstructor, args, state
    return copyreg._reconstructor, args
