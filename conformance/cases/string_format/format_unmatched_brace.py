'}'.format()
