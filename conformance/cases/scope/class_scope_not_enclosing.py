class C:
    v = 1
    def m(self):
        try:
            return v
        except NameError as e:
            return 'NameError: ' + str(e)
print(C().m())
