print(b'42'.zfill(5), b'-42'.zfill(5), b'+7'.zfill(4), b'abc'.zfill(2), b''.zfill(3))
