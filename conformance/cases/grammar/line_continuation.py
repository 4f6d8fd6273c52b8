x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2)
print(y, [1,
          2], {3:
               4})
