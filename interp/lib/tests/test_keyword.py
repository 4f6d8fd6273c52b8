import keyword
from kaa_check import show, py34
for word in ['if', 'None', 'print', 'nonlocal', 'yield', 'exec', 'match', 'With', '', 'True', 'lambda']:
    show(word, lambda: keyword.iskeyword(word))
py34("kwlist", lambda: keyword.kwlist, "['False', 'None', 'True', 'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']")
py34("async", lambda: keyword.iskeyword('async'), "False")
