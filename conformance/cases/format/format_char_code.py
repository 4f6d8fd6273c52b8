print('{:c}{:c}{:c}'.format(72, 105, 0x263A))
