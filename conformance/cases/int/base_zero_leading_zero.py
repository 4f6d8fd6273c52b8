print(int('0', 0), int('00', 0))
int('017', 0)
