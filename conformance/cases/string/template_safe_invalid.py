from string import Template
print(Template('cost $5 and ${x').safe_substitute(x=1))
