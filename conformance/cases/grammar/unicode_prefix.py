print(u'abc', U'x', type(u''))
