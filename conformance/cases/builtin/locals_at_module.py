print(locals() is globals())
