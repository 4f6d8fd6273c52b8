name = input()
age = int(input())
print('Hello', name, 'age', age + 1)
