class C:
    def __init__(self):
        self.x = 1
print(vars(C()))
