import string
print(string.capwords('hello   big world'), string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(string.Template('$a $b').safe_substitute(a=1))
