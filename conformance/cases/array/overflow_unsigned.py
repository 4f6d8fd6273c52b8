from array import array
for tc, v in (('B', 256), ('H', -1), ('h', 40000), ('i', 2**31), ('I', -1)):
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, e)
array('Q', [-1])
