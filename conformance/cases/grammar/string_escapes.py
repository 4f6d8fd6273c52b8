print('tab\there', 'nl\\n', '\x41\101\u0042\U00000043', '\N{LATIN SMALL LETTER A}')
print(len('\0'), ord('\a'), ord('\b'), ord('\f'), ord('\v'), ord('\r'))
