print(str(1), int('7'), float('7.5'), bool('x'), list('ab'), tuple([1]), dict(a=1), set('aa'))
