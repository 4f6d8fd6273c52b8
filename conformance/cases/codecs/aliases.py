for enc in ['UTF-8', 'utf8', 'U8', 'latin1', 'L1', 'iso-8859-1', 'ASCII', 'us-ascii', 'utf_16', 'UTF-32-LE']:
    print(enc, 'é'.encode(enc, 'replace'))
