class E:
    def __len__(self):
        return 0
print('yes' if E() else 'no', not E())
