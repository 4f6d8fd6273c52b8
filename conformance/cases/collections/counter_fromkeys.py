from collections import Counter
Counter.fromkeys('abc')
