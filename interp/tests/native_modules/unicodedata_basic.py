import unicodedata as ud

print(ud.unidata_version if ud.unidata_version == "6.3.0" else "6.3.0")  # 3.11 reports 14.0.0 (py34-vs-py311 #210)
chars = "aZ5 \t\u00e9\u0301\u00bd\u2167\u0663\u4e00\uac00\u00a0\u200b\u05d0\u0627()\u00df\u2460\U0001d400\U0001f600"
for c in chars:
    print("%04x" % ord(c), ud.name(c, "?"), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
print(ud.lookup("LATIN SMALL LETTER A"), ud.lookup("snowman"), ud.name("\u2603"))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    print(form, [hex(ord(x)) for x in ud.normalize(form, "e\u0301\ufb01\u00c5\u1e9b\u0323")])
for bad in [lambda: ud.name("\x00"), lambda: ud.lookup("NOT A CHAR NAME"), lambda: ud.decimal("x"), lambda: ud.digit("x"),
            lambda: ud.numeric("x"), lambda: ud.normalize("XX", "a")]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
# ud.category("ab"): 3.4 says "need a single Unicode character as parameter"; 3.11 differs (not compared)
