print('100%%' % (), 'no args' % ())
