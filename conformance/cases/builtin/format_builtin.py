print(format(255, 'x'), format(3.5, '08.3f'), format('s', '>3'), format(12345678, ','))
