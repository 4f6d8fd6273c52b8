import sys
name = input("Name? ")
print("Hello,", name)
n = int(input())
nums = [int(v) for v in sys.stdin.readline().split()]
print(n, sum(nums))
for line in sys.stdin:
    print("line:", line.rstrip())
print("x", "y", sep="-", end="!\n")
print("err", file=sys.stderr)
sys.stdout.write("written\n")
print(sys.argv[0].endswith("stdin_io.py"), sys.version_info[0], sys.maxsize > 2**62)
