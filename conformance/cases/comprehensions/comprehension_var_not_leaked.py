[leak_me for leak_me in range(3)]
print(leak_me)
