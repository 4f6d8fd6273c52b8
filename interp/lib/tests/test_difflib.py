# substitute: difflib
import difflib, random
random.seed(5)
out=[]
for t in range(300):
    a=[random.choice('abcde \t') * random.randint(1,3) for _ in range(random.randint(0,8))]
    b=[random.choice('abcde \t') * random.randint(1,3) for _ in range(random.randint(0,8))]
    A=[''.join(random.choice('abc xy') for _ in range(random.randint(0,12)))+'\n' for _ in range(random.randint(0,6))]
    B=[''.join(random.choice('abc xy') for _ in range(random.randint(0,12)))+'\n' for _ in range(random.randint(0,6))]
    out.append(list(difflib.ndiff(A,B)))
    out.append(list(difflib.unified_diff(A,B,'a','b')))
    out.append(list(difflib.context_diff(A,B)))
    s=difflib.SequenceMatcher(None,a,b); out.append((s.get_opcodes(), s.ratio(), s.quick_ratio()))
    out.append(difflib.get_close_matches('abc', ['abd','xbc','abcd','zzz','ab']))
for item in out[::37]:
    print(item)
print(len(out))
