# attack: ().__class__.__base__.__subclasses__() must not reach files, processes or globals
# expect: ok  limits: wall=1
# stdout: "found: []\n"
danger = {'Popen', 'FileIO', 'BufferedReader', '_wrap_close', 'BuiltinImporter',
          'FileLoader', 'SourceFileLoader', 'catch_warnings'}
# CPython's site classes reach sys and files through their methods' globals;
# Kaa's (exit, quit, copyright, credits, license, help) are native: no globals.
site = {'Quitter', '_Printer', '_Helper'}
found = []
try:
    subs = ().__class__.__base__.__subclasses__()
except AttributeError:
    subs = []
for c in subs:
    if c.__name__ in danger:
        found.append(c.__name__)
    if c.__name__ == 'TextIOWrapper':
        # sys.stdout's class: it must not open host files.
        try:
            c('/etc/passwd')
            found.append('TextIOWrapper()')
        except (TypeError, PermissionError):
            pass
    if c.__name__ in site:
        for m in ('__init__', '__call__', '__repr__'):
            if getattr(getattr(c, m, None), '__globals__', None) is not None:
                found.append(c.__name__ + '.' + m + '.__globals__')
    init = getattr(c, '__init__', None)
    g = getattr(init, '__globals__', None)
    if g is not None and ('system' in g or 'popen' in g or 'open' in g):
        found.append(c.__name__ + '.__init__.__globals__')
print('found:', sorted(found))
