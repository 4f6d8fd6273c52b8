# attack: format(0, '88888888') and '{:88888888}'.format(0) under 16 MiB: a width below the fixed cap but above the memory left is refused before the buffer is allocated
# expect: memory_limit|runtime_error(MemoryError)  limits: memory=16M wall=1
try:
    '{:88888888}'.format(0)
except MemoryError:
    print('refused')
format(0, '88888888')
