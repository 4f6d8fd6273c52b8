# attack: str.encode('ascii', 'backslashreplace') of 10**7 non-ASCII chars (one escape per char)
# expect: time_limit(wall)  limits: wall=0.3 memory=1024M
s = 'é' * 10 ** 7
while True:
    s.encode('ascii', 'backslashreplace')
