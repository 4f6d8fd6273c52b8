print(ord('a'), ord('€'), ord('\U0001F600'), chr(65), chr(8364), chr(0x1F600) == '\U0001F600')
