ba = bytearray()
for i in range(300):
    ba.append(i % 256)
print(len(ba), ba[-1], sum(ba))
