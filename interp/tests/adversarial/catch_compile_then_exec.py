# attack: compile() a time bomb, then exec the code object under try
# expect: time_limit(instructions)  limits: instructions=1000000 wall=1
# stdout: ""
code = compile('while 1:\n    pass\n', '<bomb>', 'exec')
try:
    exec(code, {})
finally:
    print('finally')
