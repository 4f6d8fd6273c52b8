s = "Straße café naïve ΑΒΓ déjà vu ﬁ"
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase())
print(len(s), s[::-1], s.encode('utf-8')[:10], len(s.encode('utf-8')), s.encode('utf-16-le')[:6], s.encode('latin-1', 'replace')[:20])
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'xmlcharrefreplace')[:40], s.encode('ascii', 'backslashreplace')[:40])
print(b'caf\xc3\xa9 \xff'.decode('utf-8', 'replace'), b'caf\xc3\xa9 \xff'.decode('utf-8', 'ignore'), b'\xe9'.decode('latin-1'))
import unicodedata
for ch in 'aé€1½ ':
    print(repr(ch), unicodedata.name(ch, '?'), unicodedata.category(ch), ch.isalpha(), ch.isdecimal(), ch.isprintable())
print(unicodedata.normalize('NFD', 'é') == 'e\u0301', unicodedata.normalize('NFC', 'e\u0301'), len(unicodedata.normalize('NFKD', 'ﬁ')))
words = "the cat sat on the mat the end".split()
from collections import Counter
print(sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0])))
print('|'.join(w.center(7, '*') for w in ['a', 'bb', 'ccc']), 'abc'.ljust(2), '%-6s|%6s' % ('é', 'ü'))
print("  lead".lstrip(), "trail  ".rstrip() + "|", "\t\n x \r\n".strip() + "|", "a-b_c d".replace('-', ' ').replace('_', ' ').split())
print("one,two,,three".split(','), "a  b   c".split(' '), "a  b".split(), " ".join(reversed("hello world".split())), "x".join("abc"))
print(sorted(['banana', 'Apple', 'cherry', 'apple']), sorted(['banana', 'Apple', 'cherry'], key=str.casefold), sorted('hello'), ''.join(sorted(set('mississippi'))))
print("%s" % "ü", "{:^5}".format("ü"), "ü".rjust(3, "•"), str(b"\xc3\xbc", "utf-8"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", chr(233), ord("€"), hex(ord("😀")))
print(repr("😀"), len("😀"), "😀".encode("utf-8"), "a😀b"[1], "a😀b".find("b"), ascii("😀"))
print("Hello World".count("o"), "hello".index("l"), "a,b;c".translate({ord(','): ' ', ord(';'): None}), "abc".maketrans("ab", "xy"))
print(str.maketrans({'a': '1'}), "aaa".replace("a", "b", 0), "abcabc".rfind("b", 0, 4), "abc".rindex("c"), "%".join(["1", "2"]), "tEsT".capitalize())
print("{:,}".format(1234567).replace(",", "."), "{:>08.2f}".format(-3.5), "{:x<5}".format("ab"), "|{:^10}|".format("mid"), "{:.3}".format("abcdef"))
print("line1\nline2".split("\n"), "a\tb\tc".expandtabs(), "a\x0bb\x0cc\x1cd".splitlines(), "A1b2".isalnum(), "abc".isascii() if hasattr(str, "isascii") else True)
import string
print(string.capwords("hello   big world"), string.ascii_letters[-3:], string.whitespace == ' \t\n\r\x0b\x0c', string.printable[:10])
