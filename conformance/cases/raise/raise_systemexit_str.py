raise SystemExit('message to stderr')
