object().x = 1
