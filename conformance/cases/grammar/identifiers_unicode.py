café = 1
π = 3.14
名前 = 'name'
print(café, π, 名前)
