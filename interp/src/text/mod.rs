//! Text kernels: str methods and Unicode predicates as pure functions.
