def sort_count(a):
    if len(a) <= 1:
        return a, 0
    mid = len(a) // 2
    l, x = sort_count(a[:mid])
    r, y = sort_count(a[mid:])
    merged = []
    i = j = 0
    inv = x + y
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            merged.append(l[i]); i += 1
        else:
            merged.append(r[j]); j += 1
            inv += len(l) - i
    merged += l[i:] + r[j:]
    return merged, inv
n = int(input())
a = list(map(int, input().split()))
print(sort_count(a)[1])
