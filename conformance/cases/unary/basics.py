x = 5
print(-x, +x, ~x, not x, - -x, -(-x), ~~x, not not x)
print(-0.0, +(-0.0), -(2 ** 70), ~(2 ** 70))
