import io, sys
saved = sys.stderr
sys.stderr = err = io.StringIO()
import warnings
def f():
    warnings.warn('deprecated thing', DeprecationWarning, stacklevel=2)
warnings.warn('plain user warning')
warnings.warn('again')
warnings.warn('again')
warnings.simplefilter('always')
warnings.warn('again')
warnings.warn(RuntimeWarning('as instance'))
warnings.warn_explicit('explicit', UserWarning, 'fake.py', 12)
f()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('recorded', SyntaxWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno > 0)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'line text'))
warnings.filterwarnings('ignore', message='ign.*')
warnings.warn('ignored one')
warnings.filterwarnings('error', category=ResourceWarning)
try:
    warnings.warn('boom', ResourceWarning)
except ResourceWarning as e:
    print('raised', e)
sys.stderr = saved
print(err.getvalue().replace(__file__, 'case.py'))
print('done')
