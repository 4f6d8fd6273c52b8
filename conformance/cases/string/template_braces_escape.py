import string
t = string.Template('$$ cost: ${price}USD for $item')
print(t.substitute(price=5, item='tea'))
