for spec in ['', '.3', '10.3f', '<10.3f', '^10.3f', '*^10.3f', '=+10.3f', '010.2f', 'e', 'E', '.0e', 'g', '.10g', '#g', '#.0f', '%', ',.2f', 'n', '+.1f', ' .1f']:
    print(repr(spec), format(1234.5678, spec), format(-0.000123, spec))
print(format(float('inf'), 'f'), format(float('nan'), 'F'), format(float('-inf'), 'E'), format(1e16, ''), format(-0.0, '+'), format(0.0, ' '))
