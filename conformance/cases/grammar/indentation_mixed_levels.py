if True:
  x = 1
  if x:
        y = 2
        if y:
         print('deep')
  print('back')
