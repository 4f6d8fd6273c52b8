try:
    1 / 0
except int:
    pass
