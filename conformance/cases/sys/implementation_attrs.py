import sys
impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower())
print(impl.version[:2] == sys.version_info[:2], impl.hexversion == sys.hexversion)
print(hasattr(impl, "cache_tag"))
