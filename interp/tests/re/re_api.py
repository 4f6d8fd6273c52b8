# The re module's API, printed; run under python3 and under Kaa, outputs compared.
# Avoids what changed after 3.4: error message texts (only the type is printed),
# the 3.7 empty-match rules of sub/findall, Match/Pattern class names (normalised).
import re


def show(label, value):
    text = repr(value).replace("<re.Match object", "<_sre.SRE_Match object")
    print(label, text)


def err(label, f):
    try:
        show(label, f())
    except Exception as e:
        print(label, "raised", type(e).__name__)


m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
show("group0", m.group(0))
show("group1", m.group(1))
show("group12", m.group(1, 2))
show("groups", m.groups())
show("span", m.span())
show("span2", m.span(2))
show("start end", (m.start(1), m.end(1), m.start(2), m.end(2)))
show("lastindex", m.lastindex)
show("lastgroup", m.lastgroup)
show("pos endpos", (m.pos, m.endpos))
show("regs", m.regs)
show("string", m.string)
show("re.pattern", m.re.pattern)
show("repr", m)

m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
show("named", m.group("first"))
show("groupdict", sorted(m.groupdict().items()))
show("lastgroup", m.lastgroup)
show("groupindex", sorted(m.re.groupindex.items()))
show("span named", m.span("last"))
err("bad group", lambda: m.group(3))
err("bad name", lambda: m.group("nope"))
err("negative group", lambda: m.group(-1))

m = re.match(r"(a)(b)?(c)?", "ac")
show("defaults", m.groups())
show("defaults2", m.groups("-"))
show("unmatched span", m.span(2))
show("lastindex", m.lastindex)
show("groupdict default", re.match(r"(?P<a>x)?y", "y").groupdict("z"))

p = re.compile(r"\d+")
show("pattern attrs", (p.pattern, int(p.flags), p.groups, p.groupindex))
show("search pos", p.search("ab12cd345", 4).span())
show("search endpos", p.search("ab12cd345", 4, 8).span())
show("match pos", p.match("ab12", 2).group())
show("match none", p.match("ab12"))
show("fullmatch", p.fullmatch("123").group())
show("fullmatch none", p.fullmatch("123a"))
show("fullmatch endpos", p.fullmatch("123a", 0, 3).group())
show("neg pos", p.match("12", -5).span())
show("anchor with pos", re.compile("^a").search("ba", 1))
show("dollar endpos", re.compile("a$").search("ab", 0, 1).span())
show("lookbehind before pos", re.compile("(?<=a)b").search("ab", 1).span())

show("findall", re.findall(r"\d+", "a1b22c333"))
show("findall groups", re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
show("findall one group", re.findall(r"(\w)=\d", "a=1, b=2"))
show("findall optional", re.findall(r"(a)|(b)", "ab"))
show("findall empty", re.findall(r"x*", "axxb"))
show("finditer", [m.span() for m in re.finditer(r"\w+", "hi there  you")])
show("finditer pos", [m.group() for m in p.finditer("1 22 333", 2)])

show("split", re.split(r"\W+", "Words, words, words."))
show("split groups", re.split(r"(\W+)", "Words, words, words."))
show("split max", re.split(r"\W+", "Words, words, words.", 1))
show("split optional group", re.split(r"(a)|b", "xaybz"))
show("split neg", re.split(r"a", "bab", -1))
show("split flags", re.split("[a-f]+", "0a3B9", flags=re.I))

show("sub", re.sub(r"\d", "#", "a1b22"))
show("sub count", re.sub(r"\d", "#", "a1b22", 2))
show("sub groups", re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
show("sub g<>", re.sub(r"(?P<x>\d)", r"<\g<x>\g<1>\g<0>>", "a1"))
show("sub escapes", re.sub("a", r"\n\t\\", "a"))
show("sub callable", re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22"))
show("subn", re.subn(r"o", "0", "foo boo"))
show("sub bytes", re.sub(rb"\d", b"#", b"a1b2"))
show("sub empty pattern", re.sub("", "-", "abc"))
show("expand", re.match(r"(\w)(\w)", "ab").expand(r"\2\1\g<0>"))
err("sub bad group name", lambda: re.sub("(a)", r"\g<1a>", "a"))
err("sub missing name", lambda: re.sub("(a)", r"\g", "a"))
err("sub unterminated", lambda: re.sub("(a)", r"\g<1", "a"))

show("escape", re.escape("a.b*c 1_"))  # 3.4 also escapes non-ASCII letters
show("escape bytes", re.escape(b"a.b+"))
show("flags", tuple(int(f) for f in (re.I, re.L, re.M, re.S, re.U, re.X, re.A, re.IGNORECASE, re.DOTALL)))
show("compile flags", int(re.compile("a", re.I | re.M).flags))
show("inline flags", int(re.compile("(?i)a").flags))
show("bytes flags", int(re.compile(b"a").flags))
show("repr pattern", re.compile("a+"))
show("repr pattern flags", re.compile("a+", re.I | re.S))
show("same compiled", re.compile(p) is p)
err("flags with compiled", lambda: re.compile(p, re.I))
err("str on bytes", lambda: re.match("a", b"a"))
err("bytes on str", lambda: re.match(b"a", "a"))
err("not a string", lambda: re.match("a", 5))
err("ascii+unicode", lambda: re.compile("a", re.A | re.U))
err("unicode bytes", lambda: re.compile(b"a", re.U))

for bad in ["(", ")", "[", "*", "a{2,1}", "a**", "(?P<1>a)", "(?P=x)", r"(?<=a+)b",
            r"\1", "(?z)", "[b-a]", "(?P<a>x)(?P<a>y)", "\\", "(?", "(?P", "x{99999999999}"]:
    err("compile %r" % bad, lambda: re.compile(bad))
print("error class", issubclass(re.error, Exception))

show("ignorecase", re.findall("(?i)straße", "STRAßE strasse"))
show("unicode word", re.findall(r"\w+", "héllo wörld 日本"))
show("ascii word", re.findall(r"\w+", "héllo", re.A))
show("unicode digit", re.findall(r"\d", "1\u0662"))
show("multiline", re.findall("(?m)^\\w", "ab\ncd\nef"))
show("dotall", re.match("a.b", "a\nb", re.S).group())
show("verbose", re.match(r"""(?x) a  # an a
                               b+ # bees
                           """, "abbb").group())
show("backref", re.search(r"(\w+) \1", "the the cat").group())
show("named backref", re.search(r"(?P<w>\w+) (?P=w)", "a b b").span())
show("conditional", [re.match(r"(<)?\w+(?(1)>)", s) is not None for s in ["<a>", "a", "<a"]])
show("lookaround", re.findall(r"(?<=-)\w+(?=-)", "-a-b-c-"))
show("neg lookahead", re.findall(r"\b(?!no)\w+", "yes no nope ok"))
show("lazy", re.match(r"<.*?>", "<a><b>").group())
show("bytes search", re.search(rb"[\x80-\xff]+", b"ab\x80\xffc").span())
show("long text", len(re.findall(r"ab", "ab" * 5000)))
show("big repeat", re.match(r"(?:ab){3,5}", "ababababababab").span())
re.purge()
show("after purge", re.match("a", "a").span())
show("template", re.template("a").match("a").span())
