from string import Template
t = Template('$who likes ${what}; $$5 cost')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a'}, what='b'))
print(t.safe_substitute(who='x'), t.template, Template('$a$b').safe_substitute({'a': 1}))
print(Template('${a}_$b').substitute(a=1, b=[2]), Template('$ $x').safe_substitute())
class P(Template):
    delimiter = '%'
print(P('%x and %%').substitute(x=5))
class Q(Template):
    idpattern = '[a-z]+'
print(Q('$ab1').substitute(ab='Z'))
