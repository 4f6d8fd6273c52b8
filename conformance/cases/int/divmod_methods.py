print((5).__divmod__(2), (5).__rdivmod__(17), (-7).__divmod__(2), (2**70).__divmod__(3), (5).__divmod__(1.5), True.__divmod__(2))
print((5.5).__divmod__(2), (5.5).__rdivmod__(2), (-5.5).__divmod__(2), (1.0).__divmod__(0.3))
