# Tabs, backslash continuations, comments and blank lines.

if True:
	x = 1
	if x:
		y = 2
	else:
		y = 3



total = 1 + \
    2 + \
        3
if a and \
   b:
    pass
values = [1,   # one
          2,   # two

          3]   # three

    # an indented comment
# a comment at column 0

def f():
    # comment before body
    return 1  # trailing


    # comment after body, deeper
with \
  ctx:
	pass
x = 1 ;  y = 2 ;
z = (

    1

)
form_feed = 1

def g(a,
	b):
	return a\
	+ b
