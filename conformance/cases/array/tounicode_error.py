from array import array
array('i', [1]).tounicode()
