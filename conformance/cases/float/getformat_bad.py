float.__getformat__('long')
