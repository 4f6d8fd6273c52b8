rows = [{'id': i, 'sq': i * i} for i in range(3)]
print([r['sq'] for r in rows])
