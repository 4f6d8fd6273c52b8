import keyword
print(keyword.iskeyword('for'), keyword.iskeyword('print'), keyword.iskeyword('None'), keyword.iskeyword('x'))
print('lambda' in keyword.kwlist, 'nonlocal' in keyword.kwlist)
