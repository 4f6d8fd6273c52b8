for spec in ['', '.2f', '>20', 'e', 'g', '+.1f', '^30.3e']:
    print(repr(spec), format(1.5+2j, spec), format(-1j, spec))
print(format(1+1e20j, 'g'), format(-0j, ''), format(1j, ''))
