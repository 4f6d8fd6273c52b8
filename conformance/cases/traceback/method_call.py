class Calc:
    def div(self, a, b):
        return a / b
c = Calc()
c.div(1, 0)
