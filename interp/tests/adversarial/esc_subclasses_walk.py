# attack: ().__class__.__base__.__subclasses__() must not reach files, processes or globals
# expect: ok  limits: wall=1
# stdout: "found: []\n"
danger = {'Popen', 'FileIO', 'BufferedReader', '_wrap_close', 'BuiltinImporter',
          'FileLoader', 'SourceFileLoader', 'catch_warnings', 'Quitter', '_Printer'}
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
    init = getattr(c, '__init__', None)
    g = getattr(init, '__globals__', None)
    if g is not None and ('system' in g or 'popen' in g or 'open' in g):
        found.append(c.__name__ + '.__init__.__globals__')
print('found:', sorted(found))
