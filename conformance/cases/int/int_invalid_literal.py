int('12abc')
