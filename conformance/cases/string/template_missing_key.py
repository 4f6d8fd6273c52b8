from string import Template
Template('$who and $what').substitute(who=1)
