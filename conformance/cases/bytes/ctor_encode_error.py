bytes('é', 'ascii')
