print('one '
      'two '
      'three')
