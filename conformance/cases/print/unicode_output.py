print('héllo wörld', '日本語', '\u00e9', 'emoji \U0001F600')
