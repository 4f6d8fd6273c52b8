print(b'123'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' '.isspace(), b'Ab'.istitle())
