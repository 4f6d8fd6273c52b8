# attack: for over iter(int, 1), which never ends
# expect: time_limit  limits: instructions=1000000 wall=1
for _ in iter(int, 1):
    pass
