import weakref, copy
class O:
    pass
o = O(); r = weakref.ref(o); print(r() is o, weakref.getweakrefcount(o)); del o; print(r())
d = weakref.WeakValueDictionary(); k = O(); d['a'] = k; print(len(d), 'a' in d); del k; print(len(d))
print(copy.copy([1, [2]])[1] is copy.deepcopy([1, [2]])[1], copy.deepcopy({'a': [1]}))
