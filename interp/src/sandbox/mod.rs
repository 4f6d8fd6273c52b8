//! Limits, budgets and memory accounting.
//!
//! * [`meter`]: what an evaluation holds, measured by the counting global
//!   allocator (`kaa-alloc`), with frees credited as they happen.
//! * [`deadline`]: the wall-clock deadline for kernels without a `Vm`.
//! * [`namespaces`]: restricted `__builtins__` for `exec`/`eval`.
//! * [`work`]: charging long native operations (sorts, big-int arithmetic,
//!   searches, joins) to the instruction budget and polling the clock
//!   inside them, so no single instruction runs far past a limit.

pub mod deadline;
pub mod meter;
pub mod namespaces;
pub mod work;

pub use meter::MemMeter;
pub use work::WORK_PER_TICK;
