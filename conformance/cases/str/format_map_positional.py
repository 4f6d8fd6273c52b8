'{0}'.format_map({})
