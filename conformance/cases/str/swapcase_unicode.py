print('ǅ'.swapcase(), 'ß'.upper(), 'İ'.lower() == 'i̇', 'ﬁ'.upper())
