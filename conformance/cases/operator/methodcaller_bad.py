from operator import methodcaller
methodcaller(5)
