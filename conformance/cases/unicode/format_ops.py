# %-formatting and str.format with lone surrogates in the template or the arguments.
print(ascii('%s|%5s|%-4s|' % ('\ud800', '\udc80', 'x')), ascii('[%s]' % '\udfffa'))
print(ascii('{}-{:>4}-{:*^5}'.format('\ud800', '\udc00', 'a')), ascii('\ud800{}'.format(1)), ascii('{0[1]}'.format('a\ud800')))
print(ascii(format('\ud800', '>3')), ascii('%c' % '\ud800'), ascii('{:\ud800<4}'.format('a')))
'%s %s' % ('\ud800',)
