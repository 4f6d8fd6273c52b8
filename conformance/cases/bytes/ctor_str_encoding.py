print(bytes('abc', 'ascii'), bytes('é', 'utf-8'), bytearray('€', 'utf-8'))
print(bytes('é', 'ascii', 'ignore'), bytes('aé', 'ascii', 'replace'))
