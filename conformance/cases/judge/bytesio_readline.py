import io, sys
inp = io.BytesIO(sys.stdin.buffer.read())
input = inp.readline
n = int(input())
arr = list(map(int, input().split()))
out = io.StringIO()
for x in sorted(arr):
    out.write("%d\n" % x)
sys.stdout.write(out.getvalue())
print(repr(input()))
print("prompted:", end=' ', flush=True)
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
