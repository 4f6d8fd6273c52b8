import sys
def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    size = 1
    while size < n:
        size <<= 1
    tree = [0] * (2 * size)
    tree[size:size + n] = a
    for i in range(size - 1, 0, -1):
        tree[i] = tree[2 * i] + tree[2 * i + 1]
    pos = 2 + n
    res = []
    for _ in range(q):
        t = data[pos]; x = int(data[pos + 1]); y = int(data[pos + 2]); pos += 3
        if t == b'U':
            i = x - 1 + size
            tree[i] = y
            i >>= 1
            while i:
                tree[i] = tree[2 * i] + tree[2 * i + 1]
                i >>= 1
        else:
            l = x - 1 + size; r = y + size
            s = 0
            while l < r:
                if l & 1:
                    s += tree[l]; l += 1
                if r & 1:
                    r -= 1; s += tree[r]
                l >>= 1; r >>= 1
            res.append(s)
    print("\n".join(map(str, res)))
main()
