import warnings
seen = []
def record(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__))
old = warnings.showwarning
warnings.showwarning = record
warnings.simplefilter('always')
warnings.warn('one')
warnings.warn('two', FutureWarning)
warnings.showwarning = old
print(seen)
