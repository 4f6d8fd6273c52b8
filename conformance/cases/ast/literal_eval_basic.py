import ast
for s in ["1", "-1", "+2", "1.5", "-0.0", "1e300*1" if False else "1e300", "'abc'", "b'xy'", "'a' 'b'",
          "(1, 2)", "()", "(1,)", "[1, [2, [3]]]", "{'a': 1, 'b': [2]}", "{}", "{1, 2, 3}",
          "True", "False", "None", "3j", "1+2j", "1-2j", "-1+2j", "0xff", "0o17", "10**0" if False else "123456789012345678901234567890"]:
    v = ast.literal_eval(s)
    print(repr(s), '->', repr(v), type(v).__name__)
