# -*- coding: latin-1 -*-
# A bank account simulation with class attributes, static methods and string formatting.
class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds('balance %d < %d' % (self._balance, amount))
        self._balance -= amount
        self.history.append(('withdraw', amount))

    @staticmethod
    def transfer(src, dst, amount):
        src.withdraw(amount)
        dst.deposit(amount)

    def __str__(self):
        return '#{0.id} {0.owner:<6} {0.balance:>8.2f}'.format(self)


class Savings(Account):
    interest_rate = 0.05

    def add_interest(self):
        self.deposit(round(self.balance * self.interest_rate, 2))


a, b = Account('alice', 100), Savings('bob', 50)
Account.transfer(a, b, 30)
b.add_interest()
try:
    Account.transfer(b, a, 1000)
except InsufficientFunds as e:
    print('failed:', e)
print(a, b, sep='\n')
