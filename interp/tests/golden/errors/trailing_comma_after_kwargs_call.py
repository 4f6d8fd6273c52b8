f(**kw,)
