# complex() from a string accepts balanced parentheses only; objects with
# only __float__ are real parts.
for s in ["(1+2j)", " ( 3-4J ) ", "(1+2j", "1+2j)", "((1))", "()", "1 + 2j", "+j", "-1.5e3j", "(7)"]:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)

class HasFloat:
    def __float__(self):
        return 2.5

print(complex(HasFloat()), complex(HasFloat(), HasFloat()), complex(1, HasFloat()))

