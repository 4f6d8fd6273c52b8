head = None
for i in range(100000):
    head = (i, head)
n = 0
node = head
while node is not None:
    n += 1
    node = node[1]
head = node = None
print(n)
