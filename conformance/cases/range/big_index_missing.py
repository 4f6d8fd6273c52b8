range(10**20).index(10**21)
