import sys
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.no_user_site,
      f.no_site, f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.isolated)
print(type(f).__name__, isinstance(f, tuple), f[0], f[3])
