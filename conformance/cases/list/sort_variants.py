l = [5, 2, 8, 1, 9]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
w = ['bb', 'a', 'ccc', 'dd']
w.sort(key=len)
print(w, sorted(w, key=lambda s: (-len(s), s)))
