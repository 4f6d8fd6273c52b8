print('exiting cleanly')
raise SystemExit(0)
