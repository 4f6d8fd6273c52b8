print({'key': 'value'}, {'k': [1, 2]}, {(1, 2): None})
