# 3.4's kwlist has 33 entries: async and await became keywords in 3.7
import keyword
print(len(keyword.kwlist), 'async' in keyword.kwlist, keyword.iskeyword('await'))
async = 1
print(async)
