def f():
    global g_new
    g_new = 'created'
f()
print(g_new)
