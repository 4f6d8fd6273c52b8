(5).__divmod__(0)
