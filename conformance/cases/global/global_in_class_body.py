class C:
    global from_class
    from_class = 'set in class body'
print(from_class)
