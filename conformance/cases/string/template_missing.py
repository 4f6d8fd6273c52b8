import string
string.Template('$name').substitute({})
