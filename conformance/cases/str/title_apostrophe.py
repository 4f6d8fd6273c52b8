print("they're bill's friends".title(), 'hello   world'.title())
