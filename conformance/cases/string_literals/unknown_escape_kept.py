print(len('\d'), '\q' if False else 'kept')
