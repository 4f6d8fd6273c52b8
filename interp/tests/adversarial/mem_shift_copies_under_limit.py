# attack: shifting a 12.5 MB int again under 16 MiB (found by fuzzing the run target): the operands were copied before the result's room was checked, peaking at 37.5 MB
# expect: memory_limit  limits: memory=16M wall=2
x = 107 << 99999999
y = x << 7
