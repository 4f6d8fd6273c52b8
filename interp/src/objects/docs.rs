//! Docstrings of the built-in functions, types and methods.
//!
//! The texts are Kaa's own short descriptions (not CPython's wording), kept
//! as `&'static str` in tables and turned into `str` objects only when
//! `__doc__` is read, so start-up pays nothing for them. Programs may rely
//! on `__doc__` being a non-empty string (`help()`, `inspect.getdoc`), not
//! on its text.

/// `__doc__` of a function of the `builtins` module.
pub fn function_doc(name: &str) -> Option<&'static str> {
    find(FUNCTIONS, name)
}

/// `__doc__` of a built-in type (or exception class).
pub fn type_doc(name: &str) -> Option<&'static str> {
    find(TYPES, name).or_else(|| find(EXCEPTIONS, name))
}

/// `__doc__` of method `name` of built-in type `owner`: a text for that
/// type's method, else the text shared by every type with such a method.
pub fn method_doc(owner: &str, name: &str) -> Option<&'static str> {
    OWNED
        .iter()
        .find(|(o, n, _)| *o == owner && *n == name)
        .map(|(_, _, d)| *d)
        .or_else(|| find(SHARED, name))
}

/// `__doc__` of a module implemented natively.
pub fn module_doc(name: &str) -> Option<&'static str> {
    find(MODULES, name)
}

/// The natively implemented modules (helpers behind Python-written
/// modules, named with a leading underscore, are described too).
const MODULES: &[(&str, &str)] = &[
    ("builtins", "The built-in functions, types, exceptions and constants (None, Ellipsis, ...)."),
    ("sys", "Access to the interpreter: argv, the standard streams, limits, version information and the module table."),
    ("math", "Mathematical functions on real numbers (floats and ints), as the C library defines them."),
    ("cmath", "Mathematical functions on complex numbers."),
    ("gc", "Control of the cycle collector: collect(), enable()/disable(), thresholds and counts."),
    ("struct", "Conversion between Python values and C structs packed into bytes, described by format strings."),
    ("time", "Time access and conversions: time(), sleep(), struct_time, strftime() and friends."),
    ("binascii", "Conversions between binary data and ASCII encodings (base64, hex, uu, CRC-32)."),
    ("hashlib", "Secure hashes and message digests (md5, sha1, sha2 family)."),
    ("unicodedata", "The Unicode Character Database: names, categories, numeric values and normalization."),
    ("_weakref", "Weak references: the low-level support behind the weakref module."),
    ("_random", "The Mersenne Twister generator behind the random module."),
    ("_collections", "Fast container types behind the collections module."),
    ("_heapq", "The heap queue algorithm behind heapq."),
    ("_bisect", "Bisection algorithms behind bisect."),
];

fn find(table: &[(&str, &'static str)], name: &str) -> Option<&'static str> {
    table.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
}

/// The functions of `builtins`.
const FUNCTIONS: &[(&str, &str)] = &[
    ("abs", "abs(x)\n\nThe absolute value (magnitude) of a number."),
    ("all", "all(iterable) -> bool\n\nTrue when no item of the iterable is false (also when it is empty)."),
    ("any", "any(iterable) -> bool\n\nTrue when at least one item of the iterable is true."),
    ("ascii", "ascii(object) -> str\n\nLike repr(), with every non-ASCII character written as an escape."),
    ("bin", "bin(number) -> str\n\nThe integer written in base 2, prefixed by '0b'."),
    ("callable", "callable(object) -> bool\n\nWhether the object can be called (has a __call__ method)."),
    ("chr", "chr(i) -> str\n\nThe one-character string of Unicode code point i (0 <= i <= 0x10ffff)."),
    ("compile", "compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)\n\nTurn source text or an AST into a code object for exec() or eval(); mode is 'exec', 'eval' or 'single'."),
    ("delattr", "delattr(object, name)\n\nRemove the named attribute; delattr(x, 'y') does what del x.y does."),
    ("dir", "dir([object]) -> list of str\n\nThe sorted names in the current scope, or the attributes of the object."),
    ("divmod", "divmod(x, y) -> (quotient, remainder)\n\nThe pair (x // y, x % y), computed together."),
    ("eval", "eval(source, globals=None, locals=None)\n\nEvaluate an expression (text or code object) and give its value."),
    ("exec", "exec(source, globals=None, locals=None)\n\nRun statements (text or code object) in the given namespaces."),
    ("format", "format(value, format_spec='') -> str\n\nFormat a value with the format mini-language, through type(value).__format__."),
    ("getattr", "getattr(object, name[, default]) -> value\n\nRead the named attribute; without a default a missing attribute raises AttributeError."),
    ("globals", "globals() -> dict\n\nThe namespace dictionary of the current module."),
    ("hasattr", "hasattr(object, name) -> bool\n\nWhether reading the named attribute succeeds."),
    ("hash", "hash(object) -> int\n\nThe hash value of the object; equal objects hash alike."),
    ("hex", "hex(number) -> str\n\nThe integer written in base 16, prefixed by '0x'."),
    ("id", "id(object) -> int\n\nA number identifying the object, unique among the objects alive at the same time."),
    ("input", "input([prompt]) -> str\n\nRead one line from standard input, without its newline; the prompt is written first."),
    ("isinstance", "isinstance(object, class_or_tuple) -> bool\n\nWhether the object is an instance of the class (or of one of the classes), subclasses included."),
    ("issubclass", "issubclass(C, class_or_tuple) -> bool\n\nWhether class C derives from the class (or from one of the classes)."),
    ("iter", "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nAn iterator over the iterable, or one calling callable until it returns sentinel."),
    ("len", "len(object) -> int\n\nThe number of items of a container."),
    ("locals", "locals() -> dict\n\nThe local variables of the current scope, as a dictionary."),
    ("max", "max(iterable, *[, default, key])\nmax(a, b, *args[, key])\n\nThe largest item, compared with key(item) when a key is given."),
    ("min", "min(iterable, *[, default, key])\nmin(a, b, *args[, key])\n\nThe smallest item, compared with key(item) when a key is given."),
    ("next", "next(iterator[, default])\n\nThe iterator's next item; when it is exhausted, default or StopIteration."),
    ("oct", "oct(number) -> str\n\nThe integer written in base 8, prefixed by '0o'."),
    ("open", "open(file, mode='r', ...)\n\nOpen a file. File access is disabled in this sandbox."),
    ("ord", "ord(c) -> int\n\nThe Unicode code point of a one-character string (or the value of a one-byte bytes)."),
    ("pow", "pow(x, y[, z]) -> number\n\nx to the power y; with z, the result modulo z computed efficiently."),
    ("print", "print(*objects, sep=' ', end='\\n', file=sys.stdout, flush=False)\n\nWrite the str() of each object to the stream, separated by sep and followed by end."),
    ("repr", "repr(object) -> str\n\nThe canonical text of the object, usually one eval() turns back into an equal object."),
    ("round", "round(number[, ndigits]) -> number\n\nThe number rounded to ndigits decimal digits (halves go to the even neighbour)."),
    ("setattr", "setattr(object, name, value)\n\nSet the named attribute; setattr(x, 'y', v) does what x.y = v does."),
    ("sorted", "sorted(iterable, key=None, reverse=False) -> list\n\nA new list of the items in ascending order (a stable sort)."),
    ("sum", "sum(iterable[, start]) -> value\n\nstart (default 0) plus every item of the iterable."),
    ("vars", "vars([object]) -> dict\n\nThe object's __dict__, or the local variables without an argument."),
    ("__import__", "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\nThe function the import statement calls to find and load a module."),
    ("__build_class__", "__build_class__(func, name, *bases, metaclass=None, **kwds) -> class\n\nThe helper a class statement calls to run the class body and create the class."),
];

/// The built-in types.
const TYPES: &[(&str, &str)] = &[
    ("object", "The base class of every class; its instances have no attributes of their own."),
    ("type", "type(object) -> the object's class\ntype(name, bases, namespace) -> a new class\n\nThe class of classes."),
    ("int", "int(x=0) -> integer\nint(x, base=10) -> integer\n\nAn integer of any size, from a number (truncated toward zero) or from text in the given base (0 means: as a literal)."),
    ("bool", "bool(x) -> True or False\n\nThe truth value of x; the only instances are True and False."),
    ("float", "float(x=0.0) -> floating point number\n\nA double-precision number, from a number or from text."),
    ("complex", "complex(real=0, imag=0) -> complex number\n\nA number real + imag*1j, from numbers or from text."),
    ("str", "str(object='') -> str\nstr(bytes_or_buffer, encoding='utf-8', errors='strict') -> str\n\nAn immutable sequence of Unicode characters: the informal text of an object, or decoded bytes."),
    ("bytes", "bytes(iterable_of_ints) / bytes(str, encoding[, errors]) / bytes(int) / bytes()\n\nAn immutable sequence of integers in range(256)."),
    ("bytearray", "bytearray(iterable_of_ints) / bytearray(str, encoding[, errors]) / bytearray(int) / bytearray()\n\nA mutable sequence of integers in range(256)."),
    ("tuple", "tuple(iterable=()) -> tuple\n\nAn immutable sequence of items."),
    ("list", "list(iterable=()) -> list\n\nA mutable sequence of items."),
    ("dict", "dict() / dict(mapping) / dict(iterable_of_pairs) / dict(**kwargs)\n\nA mutable mapping from hashable keys to values, kept in insertion order."),
    ("set", "set(iterable=()) -> set\n\nA mutable, unordered collection of distinct hashable items."),
    ("frozenset", "frozenset(iterable=()) -> frozenset\n\nAn immutable, hashable set."),
    ("range", "range(stop) / range(start, stop[, step])\n\nAn immutable sequence of integers from start (inclusive) to stop (exclusive) by step."),
    ("slice", "slice(stop) / slice(start, stop[, step])\n\nThe object behind a[start:stop:step]."),
    ("enumerate", "enumerate(iterable, start=0)\n\nAn iterator of (index, item) pairs, counting from start."),
    ("zip", "zip(*iterables)\n\nAn iterator of tuples taking one item from each iterable, ending with the shortest."),
    ("map", "map(function, *iterables)\n\nAn iterator of function(*items), one item from each iterable at a time."),
    ("filter", "filter(function or None, iterable)\n\nAn iterator of the items for which function(item) is true (the true items, for None)."),
    ("reversed", "reversed(sequence)\n\nAn iterator over the sequence from its last item to its first."),
    ("memoryview", "memoryview(object)\n\nA view of the memory of a bytes-like object, without copying it."),
    ("property", "property(fget=None, fset=None, fdel=None, doc=None)\n\nA managed attribute: reading, setting and deleting call fget, fset and fdel."),
    ("staticmethod", "staticmethod(function)\n\nWraps a function so that it is called without the instance or class as first argument."),
    ("classmethod", "classmethod(function)\n\nWraps a function so that it receives the class as first argument."),
    ("super", "super() / super(type) / super(type, obj_or_type)\n\nA proxy whose attribute lookups start after type in the MRO of obj's class."),
    ("NotImplementedType", "The type of NotImplemented, returned by binary methods that do not handle an operand."),
    ("ellipsis", "The type of Ellipsis (written ...)."),
    ("function", "A function defined by def or lambda."),
    ("builtin_function_or_method", "A function or bound method implemented inside the interpreter."),
    ("method_descriptor", "A method of a built-in type, unbound."),
    ("wrapper_descriptor", "A special method of a built-in type implementing one of its slots, unbound."),
    ("method-wrapper", "A special method of a built-in type bound to an object."),
    ("classmethod_descriptor", "A class method of a built-in type."),
    ("method", "A function bound to an object: calling it passes the object first."),
    ("module", "module(name[, doc])\n\nA module: a namespace loaded by import."),
    ("generator", "The iterator a generator function returns; it runs the function body on demand."),
    ("cell", "A variable shared between a function and the functions nested in it."),
    ("code", "Compiled bytecode of a function, module or class body."),
    ("traceback", "Where an exception passed: one frame and line per entry."),
    ("frame", "The execution state of a running function."),
    ("getset_descriptor", "A computed attribute of a built-in type."),
    ("member_descriptor", "A slot attribute (from __slots__ or a built-in type's fields)."),
    ("mappingproxy", "A read-only view of a mapping (the namespace of a class)."),
    ("weakref", "ref(object[, callback])\n\nA weak reference: calling it gives the object while it is alive, else None."),
    ("dict_keys", "A dynamic view of the keys of a dictionary."),
    ("dict_values", "A dynamic view of the values of a dictionary."),
    ("dict_items", "A dynamic view of the (key, value) pairs of a dictionary."),
];

/// The built-in exception classes.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "The root of the exception hierarchy."),
    (
        "Exception",
        "The base of all ordinary (non-exit) exceptions.",
    ),
    (
        "ArithmeticError",
        "The base of errors in numeric computation.",
    ),
    (
        "AssertionError",
        "An assert statement found its condition false.",
    ),
    (
        "AttributeError",
        "An attribute could not be read, set or deleted.",
    ),
    ("BufferError", "A buffer operation could not be done."),
    ("EOFError", "Input ended before any data was read."),
    ("FloatingPointError", "A floating point operation failed."),
    (
        "GeneratorExit",
        "Raised inside a generator when it is closed.",
    ),
    (
        "ImportError",
        "A module or a name in it could not be imported.",
    ),
    ("IndexError", "A sequence index is out of range."),
    ("KeyError", "A mapping key was not found."),
    (
        "KeyboardInterrupt",
        "The program was interrupted by the user.",
    ),
    ("LookupError", "The base of IndexError and KeyError."),
    ("MemoryError", "The program ran out of memory."),
    ("NameError", "A name is not defined."),
    (
        "NotImplementedError",
        "An abstract method or unfinished feature was called.",
    ),
    ("OSError", "An operating system call failed."),
    (
        "OverflowError",
        "A numeric result is too large to represent.",
    ),
    (
        "ReferenceError",
        "A weak reference proxy was used after its object died.",
    ),
    ("RuntimeError", "An error that fits no other category."),
    (
        "StopIteration",
        "An iterator has no more items; value holds a generator's return value.",
    ),
    ("SyntaxError", "The source text is not valid Python."),
    (
        "IndentationError",
        "The source text is indented incorrectly.",
    ),
    (
        "TabError",
        "The source text mixes tabs and spaces inconsistently.",
    ),
    ("SystemError", "An internal error of the interpreter."),
    ("SystemExit", "Raised by sys.exit(); ends the program."),
    (
        "TypeError",
        "An operation or function got an argument of the wrong type.",
    ),
    (
        "UnboundLocalError",
        "A local variable was read before it was assigned.",
    ),
    (
        "UnicodeError",
        "The base of Unicode encoding and decoding errors.",
    ),
    ("UnicodeEncodeError", "Text could not be encoded."),
    ("UnicodeDecodeError", "Bytes could not be decoded."),
    ("UnicodeTranslateError", "Text could not be translated."),
    (
        "ValueError",
        "An argument has the right type but an unacceptable value.",
    ),
    (
        "ZeroDivisionError",
        "The divisor of a division or modulo is zero.",
    ),
    (
        "BlockingIOError",
        "An operation would block on a non-blocking object.",
    ),
    (
        "ChildProcessError",
        "An operation on a child process failed.",
    ),
    ("ConnectionError", "The base of connection errors."),
    (
        "BrokenPipeError",
        "A write went to a pipe or socket closed at the other end.",
    ),
    (
        "ConnectionAbortedError",
        "The connection was aborted by the other end.",
    ),
    (
        "ConnectionRefusedError",
        "The connection was refused by the other end.",
    ),
    (
        "ConnectionResetError",
        "The connection was reset by the other end.",
    ),
    ("FileExistsError", "The file or directory already exists."),
    ("FileNotFoundError", "The file or directory does not exist."),
    (
        "InterruptedError",
        "A system call was interrupted by a signal.",
    ),
    (
        "IsADirectoryError",
        "A file operation was asked of a directory.",
    ),
    (
        "NotADirectoryError",
        "A directory operation was asked of something else.",
    ),
    ("PermissionError", "The operation is not permitted."),
    ("ProcessLookupError", "The process does not exist."),
    ("TimeoutError", "A system operation timed out."),
    ("Warning", "The base of warning categories."),
    ("UserWarning", "A warning issued by user code."),
    (
        "DeprecationWarning",
        "A warning about a deprecated feature.",
    ),
    (
        "PendingDeprecationWarning",
        "A warning about a feature that will be deprecated.",
    ),
    ("SyntaxWarning", "A warning about dubious syntax."),
    (
        "RuntimeWarning",
        "A warning about dubious run-time behaviour.",
    ),
    (
        "FutureWarning",
        "A warning about semantics that will change.",
    ),
    (
        "ImportWarning",
        "A warning about a probable mistake in importing.",
    ),
    ("UnicodeWarning", "A warning about Unicode."),
    ("BytesWarning", "A warning about bytes and bytearray."),
    ("ResourceWarning", "A warning about resource usage."),
];

/// Methods whose meaning is the same on every built-in type having them.
const SHARED: &[(&str, &str)] = &[
    // object and type
    ("__dir__", "Give the list of attribute names dir() shows."),
    ("__format__", "Format the object as format(self, spec) asks."),
    ("__reduce__", "Helper for pickling."),
    ("__reduce_ex__", "Helper for pickling, given a protocol version."),
    ("__sizeof__", "The object's size in memory, in bytes."),
    ("__subclasshook__", "Decide issubclass() for an abstract base class (NotImplemented: use the normal rules)."),
    ("__new__", "Create and return a new object of the given type."),
    ("__instancecheck__", "Decide isinstance(instance, self)."),
    ("__subclasscheck__", "Decide issubclass(subclass, self)."),
    ("__prepare__", "Give the namespace a class body runs in."),
    ("__subclasses__", "The list of the classes deriving directly from this one."),
    ("mro", "Compute the method resolution order of the class."),
    ("__getnewargs__", "The arguments to __new__ when copying or unpickling."),
    ("__setstate__", "Restore the state saved by __reduce__."),
    ("__length_hint__", "An estimate of how many items remain."),
    ("__reversed__", "An iterator over the items from last to first."),
    ("__contains__", "Whether key is in self."),
    ("__getitem__", "Give self[key]."),
    ("__round__", "Round to the given number of decimal digits."),
    ("__trunc__", "Truncate toward zero to an int."),
    ("__floor__", "The largest integer not above the number."),
    ("__ceil__", "The smallest integer not below the number."),
    ("__alloc__", "The number of bytes allocated for the array."),
    ("__getformat__", "Which floating point format the platform uses ('IEEE, little-endian' here)."),
    ("__setformat__", "Pretend another floating point format (for tests)."),
    ("__enter__", "Enter the with block: give self."),
    ("__exit__", "Leave the with block: release the view."),
    ("__set_name__", "Called with the owner class and the attribute name when the class is created."),
    ("__bytes__", "The object as bytes."),
    ("__complex__", "The number as a complex."),
    // text and binary sequences
    ("capitalize", "A copy with the first character upper case and the rest lower case."),
    ("casefold", "A copy folded for caseless comparison (stronger than lower())."),
    ("center", "center(width[, fillchar]): the value centred in a field of the given width."),
    ("ljust", "ljust(width[, fillchar]): the value left-aligned in a field of the given width."),
    ("rjust", "rjust(width[, fillchar]): the value right-aligned in a field of the given width."),
    ("zfill", "zfill(width): the value padded on the left with zeros (after any sign) to the width."),
    ("count", "count(sub[, start[, end]]): how many non-overlapping times sub occurs."),
    ("encode", "encode(encoding='utf-8', errors='strict'): the text encoded to bytes."),
    ("decode", "decode(encoding='utf-8', errors='strict'): the bytes decoded to text."),
    ("endswith", "endswith(suffix[, start[, end]]): whether the value ends with suffix (or one of a tuple of suffixes)."),
    ("startswith", "startswith(prefix[, start[, end]]): whether the value starts with prefix (or one of a tuple of prefixes)."),
    ("expandtabs", "expandtabs(tabsize=8): a copy with tabs replaced by spaces up to the next tab stop."),
    ("find", "find(sub[, start[, end]]): the lowest index where sub occurs, or -1."),
    ("rfind", "rfind(sub[, start[, end]]): the highest index where sub occurs, or -1."),
    ("index", "index(sub[, start[, end]]): like find(), but raise ValueError when sub does not occur."),
    ("rindex", "rindex(sub[, start[, end]]): like rfind(), but raise ValueError when sub does not occur."),
    ("format", "format(*args, **kwargs): the text with its replacement fields ({...}) filled in."),
    ("format_map", "format_map(mapping): like format(**mapping), without copying the mapping."),
    ("isalnum", "Whether the value is non-empty and every character is a letter or a digit."),
    ("isalpha", "Whether the value is non-empty and every character is a letter."),
    ("isdecimal", "Whether the text is non-empty and every character is a decimal digit."),
    ("isdigit", "Whether the value is non-empty and every character is a digit."),
    ("isidentifier", "Whether the text is a valid Python identifier."),
    ("islower", "Whether the value has a cased character and all of them are lower case."),
    ("isupper", "Whether the value has a cased character and all of them are upper case."),
    ("isnumeric", "Whether the text is non-empty and every character is numeric."),
    ("isprintable", "Whether every character of the text is printable (true for the empty text)."),
    ("isspace", "Whether the value is non-empty and every character is whitespace."),
    ("istitle", "Whether the value is title-cased: upper case only after uncased characters."),
    ("join", "join(iterable): the items of the iterable concatenated, with this value between them."),
    ("lower", "A copy with cased characters converted to lower case."),
    ("upper", "A copy with cased characters converted to upper case."),
    ("swapcase", "A copy with upper case converted to lower case and the other way round."),
    ("title", "A copy in which each word starts with an upper case character and continues in lower case."),
    ("strip", "strip([chars]): a copy without leading and trailing whitespace (or chars)."),
    ("lstrip", "lstrip([chars]): a copy without leading whitespace (or chars)."),
    ("rstrip", "rstrip([chars]): a copy without trailing whitespace (or chars)."),
    ("partition", "partition(sep): (head, sep, tail) split at the first sep, or (value, empty, empty)."),
    ("rpartition", "rpartition(sep): (head, sep, tail) split at the last sep, or (empty, empty, value)."),
    ("replace", "replace(old, new[, count]): a copy with occurrences of old replaced by new (at most count)."),
    ("split", "split(sep=None, maxsplit=-1): the list of the parts between separators (runs of whitespace when sep is None)."),
    ("rsplit", "rsplit(sep=None, maxsplit=-1): like split(), counting maxsplit from the right."),
    ("splitlines", "splitlines(keepends=False): the list of the lines, without their line breaks unless keepends."),
    ("maketrans", "maketrans(x[, y[, z]]): a translation table for translate()."),
    ("translate", "translate(table): a copy with each character mapped through the table."),
    // numbers
    ("conjugate", "The complex conjugate (the number itself for real numbers)."),
    ("bit_length", "The number of bits needed to write abs(self) in binary, without sign or leading zeros."),
    ("to_bytes", "to_bytes(length, byteorder, *, signed=False): the integer as an array of bytes."),
    ("from_bytes", "from_bytes(bytes, byteorder, *, signed=False): the integer an array of bytes stands for."),
    ("as_integer_ratio", "The pair of integers (numerator, denominator) whose ratio equals the number exactly."),
    ("is_integer", "Whether the float has an integral value."),
    ("fromhex", "fromhex(string): the value written in hexadecimal in the string."),
    ("hex", "The value written in hexadecimal."),
    // containers
    ("append", "append(item): add the item at the end."),
    ("extend", "extend(iterable): add the items of the iterable at the end."),
    ("insert", "insert(index, item): put the item before position index."),
    ("pop", "pop([index]): remove and give the item at index (default: the last)."),
    ("remove", "remove(value): remove the first item equal to value (ValueError if there is none)."),
    ("reverse", "Reverse the items in place."),
    ("sort", "sort(key=None, reverse=False): sort the items in place (a stable sort)."),
    ("clear", "Remove every item."),
    ("copy", "A shallow copy."),
    ("get", "get(key[, default]): the value for key, or default (None) when key is missing."),
    ("items", "A view of the (key, value) pairs."),
    ("keys", "A view of the keys."),
    ("values", "A view of the values."),
    ("popitem", "Remove and give some (key, value) pair; KeyError when empty."),
    ("setdefault", "setdefault(key[, default]): the value for key, inserting default (None) when missing."),
    ("update", "update([other], **kwargs): add the pairs of a mapping or iterable of pairs, then the keywords."),
    ("fromkeys", "fromkeys(iterable[, value]): a new dictionary with the items as keys, all mapped to value."),
    ("add", "add(item): put the item into the set."),
    ("discard", "discard(item): remove the item if it is present."),
    ("difference", "The items of the set that are in none of the others, as a new set."),
    ("difference_update", "Remove the items found in any of the others."),
    ("intersection", "The items of the set that are in all of the others, as a new set."),
    ("intersection_update", "Keep only the items found in all of the others."),
    ("symmetric_difference", "The items in exactly one of the two sets, as a new set."),
    ("symmetric_difference_update", "Keep the items in exactly one of the set and the other."),
    ("union", "The items in the set or in any of the others, as a new set."),
    ("isdisjoint", "Whether the set and the other have no item in common."),
    ("issubset", "Whether every item of the set is in the other."),
    ("issuperset", "Whether every item of the other is in the set."),
    ("indices", "indices(length): the (start, stop, step) the slice selects from a sequence of that length."),
    // memoryview
    ("cast", "cast(format[, shape]): a view of the same memory with another format or shape."),
    ("release", "Release the underlying buffer."),
    ("tobytes", "The viewed memory copied into bytes."),
    ("tolist", "The viewed elements as a list."),
    // property
    ("getter", "A copy of the property with another getter."),
    ("setter", "A copy of the property with another setter."),
    ("deleter", "A copy of the property with another deleter."),
    // iterators and generators
    ("send", "send(value): resume the generator, making the paused yield give value."),
    ("throw", "throw(type[, value[, traceback]]): raise the exception where the generator is paused."),
    ("close", "Raise GeneratorExit where the generator is paused, ending it."),
];

/// Methods whose meaning depends on the type: (type, method, text).
const OWNED: &[(&str, &str, &str)] = &[
    ("list", "index", "index(value[, start[, stop]]): the position of the first item equal to value (ValueError if none)."),
    ("tuple", "index", "index(value[, start[, stop]]): the position of the first item equal to value (ValueError if none)."),
    ("range", "index", "index(value): the position of value in the range (ValueError if absent)."),
    ("list", "count", "count(value): how many items equal value."),
    ("tuple", "count", "count(value): how many items equal value."),
    ("range", "count", "count(value): how many items equal value."),
    ("bytearray", "count", "count(sub[, start[, end]]): how many non-overlapping times sub occurs."),
    ("dict", "pop", "pop(key[, default]): remove key and give its value, or default (KeyError without one)."),
    ("set", "pop", "Remove and give an arbitrary item (KeyError when empty)."),
    ("set", "remove", "remove(item): remove the item (KeyError if it is absent)."),
    ("set", "update", "Add the items of every iterable given."),
    ("bytearray", "pop", "pop([index]): remove and give the byte at index (default: the last)."),
    ("bytearray", "remove", "remove(value): remove the first byte equal to value."),
    ("dict", "copy", "A shallow copy of the dictionary."),
    ("dict", "clear", "Remove every key."),
    ("float", "fromhex", "fromhex(string): the float written in hexadecimal in the string."),
    ("float", "hex", "The float written in hexadecimal floating point."),
    ("bytes", "fromhex", "fromhex(string): the bytes written as pairs of hex digits in the string."),
    ("bytearray", "fromhex", "fromhex(string): the bytearray written as pairs of hex digits in the string."),
    ("str", "maketrans", "maketrans(x[, y[, z]]): a table mapping code points for str.translate()."),
    ("bytes", "maketrans", "maketrans(from, to): a 256-byte table for bytes.translate()."),
    ("bytearray", "maketrans", "maketrans(from, to): a 256-byte table for bytearray.translate()."),
    ("bytes", "translate", "translate(table[, delete]): a copy with bytes mapped through the table and those in delete removed."),
    ("bytearray", "translate", "translate(table[, delete]): a copy with bytes mapped through the table and those in delete removed."),
    ("str", "join", "join(iterable): the strings of the iterable concatenated, with this string between them."),
    ("object", "__new__", "Create a new instance of the given class."),
    ("type", "__new__", "Create a new class."),
    ("object", "__sizeof__", "The size of the object in memory, in bytes."),
];
