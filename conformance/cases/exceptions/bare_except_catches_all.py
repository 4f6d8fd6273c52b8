try:
    raise SystemExit(3)
except:
    print('caught SystemExit')
print('still running')
