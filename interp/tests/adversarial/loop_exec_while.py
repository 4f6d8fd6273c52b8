# attack: exec of an endless loop
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
exec('while True:\n    pass\n')
