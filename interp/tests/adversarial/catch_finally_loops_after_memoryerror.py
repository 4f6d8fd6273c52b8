# attack: finally: that loops forever after a MemoryError
# expect: memory_limit  limits: memory=32M wall=1
try:
    s = 'x' * 10**10
finally:
    while True:
        pass
