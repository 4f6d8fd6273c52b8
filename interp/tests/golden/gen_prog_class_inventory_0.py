# Generated program: an inventory with classes and dunder methods (compact).
class Item:
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty

    def __repr__(self):
        return 'Item(%r, %r, %r)' % (self.name, self.price, self.qty)

    @property
    def value(self):
        return self.price * self.qty


class Inventory(dict):
    def add(self, item):
        if item.name in self:
            self[item.name].qty += item.qty
        else:
            self[item.name] = item
        return self

    def run_case(self, threshold=0):
        return sorted((i for i in self.values() if i.value > threshold), key=lambda i: -i.value)


inv = Inventory()
inv.add(Item('bolt', 0.25, 100)).add(Item('nut', 0.1, 250)).add(Item('bolt', 0.25, 20))
print(inv.run_case(5), sum(i.value for i in inv.values()), sep='\n')
