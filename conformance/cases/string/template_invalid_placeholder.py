from string import Template
Template('ok\nbad $ here').substitute(x=1)
