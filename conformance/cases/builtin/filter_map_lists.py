print(list(filter(str.isdigit, ['1', 'a', '22'])), list(map(int, ['3', '4'])), list(map(len, ['', 'ab'])))
