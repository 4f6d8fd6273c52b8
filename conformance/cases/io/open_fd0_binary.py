# open(0, 'rb') reads stdin as bytes
lines = open(0, 'rb').read().split(b'\n')
print(lines[0], [int(x) for x in lines[1].split()], lines[2].decode().upper())
