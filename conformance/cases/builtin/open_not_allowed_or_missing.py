try:
    open('/nonexistent/definitely/missing.txt')
except OSError as e:
    print(type(e).__name__)
