'%s %s' % ('only one',)
