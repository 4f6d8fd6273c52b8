getattr(object(), 'nothing')
