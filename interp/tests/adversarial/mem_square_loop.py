# attack: x = x * x until the int is huge
# expect: memory_limit|time_limit(wall)  limits: memory=32M wall=1
x = 3
while True:
    x = x * x
