# leading comment
x = [1,  # one
     2,  # two
     ]   # end
print(x)  # trailing
