# attack: str.find with a pathological needle, repeated
# expect: time_limit  limits: instructions=100000000 wall=0.3 memory=64M
hay = 'a' * 10**6
needle = 'a' * 10**5 + 'b'
while True:
    hay.find(needle)
