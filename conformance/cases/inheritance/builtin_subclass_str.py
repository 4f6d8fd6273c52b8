class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n.shout(), n + 'x', type(n + 'x').__name__, n.capitalize(), len(n))
