# every keyword is rejected as a name by the parser, and nothing else is
# (async/await, keywords only from 3.7, are left out of the comparison)
import keyword
kws = [k for k in keyword.kwlist if k not in ('async', 'await')]
print(len(kws), kws == sorted(kws))
bad = []
for kw in kws:
    try:
        compile(kw + " = 1", "k", "exec")
        bad.append(kw)
    except SyntaxError:
        pass
print(bad)
for name in ['print', 'exec', 'self', 'match', 'case', 'nonlocal_', 'true', 'NONE']:
    compile(name + " = 1", "k", "exec")
    print(name, keyword.iskeyword(name))
print(all(keyword.iskeyword(k) for k in kws), keyword.iskeyword('True'))
