# attack: str(10**10**6) (a million-digit decimal conversion)
# expect: ok|time_limit(wall)  limits: memory=32M wall=0.3
print(len(str(10 ** 10**6)))
