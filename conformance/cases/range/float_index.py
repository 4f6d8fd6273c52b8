range(10)[1.5]
