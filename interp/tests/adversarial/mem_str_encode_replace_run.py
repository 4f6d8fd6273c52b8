# attack: str.encode('ascii', 'replace') of one 10**7-char unencodable run (30 MB of text) under 96 MiB: the encoder copied the run into a Vec<char> (40 MB) before writing the replacements
# expect: ok  limits: memory=96M wall=5
# stdout: "10000000\n"
s = '€' * 10 ** 7
print(len(s.encode('ascii', 'replace')))
