# attack: exceptions holding ever larger payloads, kept in a list
# expect: memory_limit  limits: memory=16M wall=2
kept = []
while True:
    try:
        raise ValueError('x' * 10000)
    except ValueError as e:
        kept.append(e)
