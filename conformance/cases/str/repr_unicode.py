print(repr('日本'), repr('\u200b'), repr('\U0001F600'), ascii('é日\U0001F600'))
