bytes([256])
