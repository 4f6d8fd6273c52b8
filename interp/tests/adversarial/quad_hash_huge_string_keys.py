# attack: hashing 10 MB strings repeatedly (fresh strings, no cached hash)
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
base = 'q' * 10**7
while True:
    d = {base + 'x': 1}
