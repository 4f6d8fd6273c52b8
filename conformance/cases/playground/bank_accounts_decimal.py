from decimal import Decimal
import datetime
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %s, have %s" % (needed, available))
        self.needed = needed
        self.available = available
class Account(object):
    _next_id = 1000
    interest = Decimal('0.01')
    def __init__(self, owner, balance='0'):
        self.owner = owner
        self.balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def apply_interest(self):
        gain = (self.balance * self.interest).quantize(Decimal('0.01'))
        self.balance += gain
        return gain
    def __repr__(self):
        return "<Account %d %s: %s>" % (self.id, self.owner, self.balance)
    def __lt__(self, other):
        return self.balance < other.balance
class Savings(Account):
    interest = Decimal('0.025')
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'withdraw']) >= 2:
            raise RuntimeError("withdrawal limit reached for %s" % self.owner)
        return super().withdraw(amount)
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial='0'):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise LookupError("no account %d" % src)
        self.accounts[dst].deposit(amount)
    def report(self):
        lines = []
        for acct in sorted(self.accounts.values(), reverse=True):
            lines.append("{:>6} {:<8} {:>12}".format(acct.id, acct.owner, "{:,.2f}".format(acct.balance)))
        return "\n".join(lines)
bank = Bank()
a = bank.open(Account, 'alice', '1500.50')
b = bank.open(Savings, 'bob', '20000')
c = bank.open(Account, 'carol')
bank.transfer(a.id, c.id, '250.25')
for amt in ['100', '100', '100']:
    try:
        bank.transfer(b.id, a.id, amt)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    bank.transfer(c.id, a.id, '1000')
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.needed - e.available)
try:
    bank.transfer(1, a.id, '1')
except LookupError as e:
    print("LookupError:", e, type(e.__context__).__name__)
try:
    a.deposit('-5')
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    pass
print([x.apply_interest() for x in sorted(bank.accounts.values(), key=lambda x: x.id)])
print(bank.report())
print(a.history, sum(v for k, v in a.history if k == 'deposit'))
print(sorted(bank.accounts.values()))
print(max(bank.accounts.values(), key=lambda x: x.balance).owner, Decimal('1500.50') + Decimal('0.001'), -Decimal('0.00'), Decimal('1e-7') * 1)
