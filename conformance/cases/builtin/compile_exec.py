code = compile('print("compiled", 6 * 7)', '<test>', 'exec')
exec(code)
print(eval(compile('3 ** 3', '<e>', 'eval')))
