"""Keyed-hashing for message authentication (``hmac``, RFC 2104), the
Python 3.4 API over the interpreter's ``hashlib``."""

import hashlib as _hashlib

__all__ = ["new", "HMAC", "compare_digest", "digest_size"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


class HMAC(object):
    """An RFC 2104 HMAC object over a hash constructor."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=None):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if digestmod is None:
            import warnings
            warnings.warn("HMAC() without an explicit digestmod argument "
                          "is deprecated.", PendingDeprecationWarning, 2)
            digestmod = _hashlib.md5
        if callable(digestmod):
            self.digest_cons = digestmod
        elif isinstance(digestmod, str):
            self.digest_cons = lambda d=b'': _hashlib.new(digestmod, d)
        else:
            self.digest_cons = lambda d=b'': digestmod.new(d)
        self.outer = self.digest_cons()
        self.inner = self.digest_cons()
        self.digest_size = self.inner.digest_size
        if hasattr(self.inner, 'block_size'):
            blocksize = self.inner.block_size
            if blocksize < 16:
                import warnings
                warnings.warn('block_size of %d seems too small; using our '
                              'default of %d.' % (blocksize, self.blocksize),
                              RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            import warnings
            warnings.warn('No block_size attribute on given digest object; '
                          'Assuming %d.' % (self.blocksize),
                          RuntimeWarning, 2)
            blocksize = self.blocksize
        self.block_size = blocksize
        if len(key) > blocksize:
            key = self.digest_cons(key).digest()
        key = bytes(key) + bytes(blocksize - len(key))
        self.outer.update(key.translate(trans_5C))
        self.inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        """``hmac-`` and the hash's name."""
        return "hmac-" + self.inner.name

    def update(self, msg):
        """Feed msg into the inner hash."""
        self.inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC."""
        other = self.__class__.__new__(self.__class__)
        other.digest_cons = self.digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other.inner = self.inner.copy()
        other.outer = self.outer.copy()
        return other

    def _current(self):
        h = self.outer.copy()
        h.update(self.inner.digest())
        return h

    def digest(self):
        """The MAC of the data so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the data so far, as hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=None):
    """A new HMAC object: HMAC(key, msg, digestmod)."""
    return HMAC(key, msg, digestmod)


def _bytes_like(x):
    if isinstance(x, (bytes, bytearray)):
        return bytes(x)
    if isinstance(x, memoryview):
        return x.tobytes()
    return None


def compare_digest(a, b):
    """a == b for two str (ASCII only) or two bytes-like values, taking a
    time that does not depend on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            x = a.encode('ascii')
            y = b.encode('ascii')
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
    else:
        x = _bytes_like(a)
        y = _bytes_like(b)
        if x is None or y is None:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'" % (type(a).__name__,
                                                      type(b).__name__))
    result = len(x) ^ len(y)
    if len(x) != len(y):
        y = x
    for p, q in zip(x, y):
        result |= p ^ q
    return result == 0
