n = int(input("Enter n: "))
vals = [int(input("value %d: " % i)) for i in range(n)]
print("sum =", sum(vals))
import sys
print(sys.stdin.isatty(), sys.stdout.isatty())
print(sys.argv[0].endswith('j15_prompt_input.py'), len(sys.argv), sys.version_info[:2] >= (3, 4), sys.maxsize, sys.byteorder, sys.platform in ('linux', 'darwin', 'win32'))
print(type(sys.version).__name__, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if False else '', sys.hash_info.modulus)
