//! Charging native work to the budget.
//!
//! The eval loop counts one tick per instruction and checks the limits every
//! few thousand ticks. A single instruction can do unbounded native work (a
//! sort, a big-int multiply, `x in list`, `str.find`, a join), so long native
//! operations call [`Vm::charge_work`] with how much they did, in *work
//! units* (elements compared or copied, 64-bit limbs processed, bytes scanned
//! divided by 8): every [`WORK_PER_TICK`] units cost one tick, and once the
//! ticks pass the next check the clock, the instruction limit, cancellation
//! and the memory meter are all checked — inside the operation. Loops charge
//! once per chunk (a few thousand elements), never per element, so the cost
//! is a counter add and a compare.

use crate::objects::Value;
use crate::vm::{Limit, PyErr, PyResult, Vm};

/// Work units per tick (a tick is the cost of one bytecode instruction, about
/// as long as 16 element comparisons or limb operations, measured with the
/// equal-hash and big-int cases).
pub const WORK_PER_TICK: u64 = 16;

/// Elements a native loop processes between two calls to [`Vm::charge_work`].
pub const WORK_CHUNK: usize = 4096;

/// Items [`Vm::extend_paced`] copies between two charges (a charge of this
/// many units reaches a limit check, see `Vm::check_interval`).
pub const COPY_CHUNK: usize = 1 << 16;

impl Vm {
    /// Charges `units` of native work: `units / WORK_PER_TICK` ticks
    /// (rounded up), then the limits when a check is due, plus the memory
    /// meter (a thread-local read) every call.
    ///
    /// Work that would pass the instruction limit is refused whole: the
    /// count stops just past the limit (a multiply charged before it runs
    /// must not report millions of instructions that never ran; found by
    /// fuzzing, `time_pow_refused_instruction_count`).
    #[inline]
    pub fn charge_work(&mut self, units: u64) -> PyResult<()> {
        let ticks = units.div_ceil(WORK_PER_TICK);
        if let Some(max) = self.budget.max_ticks {
            if self.budget.ticks.saturating_add(ticks) > max {
                self.budget.ticks = self.budget.ticks.max(max.saturating_add(1));
                return Err(PyErr::Limit(Limit::Instructions));
            }
        }
        self.tick(ticks)?;
        self.check_memory(0)
    }

    /// In a native loop over elements: charges a chunk of work after every
    /// [`WORK_CHUNK`] elements (`i` is the index of the element just done).
    #[inline]
    pub fn charge_every(&mut self, i: usize) -> PyResult<()> {
        if i % WORK_CHUNK == WORK_CHUNK - 1 {
            self.charge_work(WORK_CHUNK as u64)
        } else {
            Ok(())
        }
    }

    /// Before copying `n` elements in one native step (a list or tuple
    /// clone): charges them as work when there are many, so that a loop of
    /// big copies reaches a limit check.
    #[inline]
    pub fn charge_copy(&mut self, n: usize) -> PyResult<()> {
        if n >= WORK_CHUNK {
            self.charge_work(n as u64)
        } else {
            Ok(())
        }
    }

    /// Appends clones of `src` to `out`, [`COPY_CHUNK`] items at a time with
    /// the work charged (and the limits checked) between chunks, so copying
    /// millions of items stops at a limit within a fraction of a millisecond.
    /// Short copies are one `extend` and no charge.
    pub fn extend_paced(&mut self, out: &mut Vec<Value>, src: &[Value]) -> PyResult<()> {
        if src.len() < COPY_CHUNK {
            out.extend_from_slice(src);
            return self.charge_copy(src.len());
        }
        for chunk in src.chunks(COPY_CHUNK) {
            out.extend_from_slice(chunk);
            self.charge_work(chunk.len() as u64)?;
        }
        Ok(())
    }

    /// A copy of a list's items, taken [`COPY_CHUNK`] items at a time with the
    /// work charged between chunks (the list is borrowed per chunk only: a
    /// finalizer run by a limit check may change it, and the copy then
    /// ends at its new length).
    pub fn copy_list_paced(
        &mut self,
        list: &std::cell::RefCell<Vec<Value>>,
    ) -> PyResult<Vec<Value>> {
        let n = list.borrow().len();
        if n < COPY_CHUNK {
            let items = list.borrow().clone();
            self.charge_copy(items.len())?;
            return Ok(items);
        }
        let mut out = Vec::with_capacity(n);
        let mut i = 0;
        loop {
            let done = {
                let items = list.borrow();
                let end = items.len().min(i + COPY_CHUNK);
                out.extend_from_slice(items.get(i..end).unwrap_or_default());
                i = end;
                i >= items.len()
            };
            self.charge_work(COPY_CHUNK as u64)?;
            if done {
                return Ok(out);
            }
        }
    }

    /// Clones of up to [`WORK_CHUNK`] items of a list from index `start`
    /// (empty past its end), for loops that call back into Python per item
    /// (`in`, `index`, `count`) and so must not hold a borrow: they walk the
    /// live list a chunk at a time, as CPython walks it by index, without
    /// copying all of it first.
    pub fn list_chunk(list: &std::cell::RefCell<Vec<Value>>, start: usize) -> Vec<Value> {
        let items = list.borrow();
        let end = items.len().min(start.saturating_add(WORK_CHUNK));
        items
            .get(start..end)
            .map(<[Value]>::to_vec)
            .unwrap_or_default()
    }

    /// `x < y` (or any comparison) of two lists, walking both live lists
    /// [`WORK_CHUNK`] items at a time with the work charged between chunks
    /// (no copy of either list; items an `__eq__` adds or removes are seen
    /// from the next chunk, as CPython reads the lists by index).
    pub fn compare_lists_paced(
        &mut self,
        x: &std::cell::RefCell<Vec<Value>>,
        y: &std::cell::RefCell<Vec<Value>>,
        op: crate::bytecode::CmpOp,
    ) -> PyResult<bool> {
        self.enter_native_walk("maximum recursion depth exceeded in comparison")?;
        let r = (|| {
            let mut start = 0usize;
            loop {
                let a = Vm::list_chunk(x, start);
                let b = Vm::list_chunk(y, start);
                for (p, q) in a.iter().zip(b.iter()) {
                    if let Some(verdict) = self.item_verdict(p, q, op)? {
                        return Ok(verdict);
                    }
                }
                let n = a.len().min(b.len());
                if n < WORK_CHUNK {
                    // One list ended inside this chunk: compare the lengths.
                    return Ok(op.holds(a.len().cmp(&b.len())));
                }
                start += n;
                self.charge_work(n as u64)?;
            }
        })();
        self.native_depth -= 1;
        r
    }

    /// The first index in `start..stop` of a list item equal to `x`,
    /// walking the live list [`WORK_CHUNK`] items at a time with the work
    /// charged between chunks (no copy of the list).
    pub fn list_index_paced(
        &mut self,
        list: &std::cell::RefCell<Vec<Value>>,
        x: &Value,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>> {
        let mut i = start;
        while i < stop {
            let chunk = Vm::list_chunk(list, i);
            if chunk.is_empty() {
                return Ok(None);
            }
            let n = chunk.len().min(stop - i);
            for (k, it) in chunk.iter().take(n).enumerate() {
                if it.is(x) || self.eq(it, x)? {
                    return Ok(Some(i + k));
                }
            }
            i += n;
            if n >= WORK_CHUNK {
                self.charge_work(n as u64)?;
            }
        }
        Ok(None)
    }

    /// `list[start::step]` for `n` items (indices from `Vm::slice_indices`),
    /// copied [`COPY_CHUNK`] items at a time with the work charged between
    /// chunks; the list is borrowed per chunk (items a finalizer removed in
    /// between are left out).
    pub fn slice_list_paced(
        &mut self,
        list: &std::cell::RefCell<Vec<Value>>,
        start: i64,
        step: i64,
        n: usize,
    ) -> PyResult<Vec<Value>> {
        self.slice_chunks(n, |ks, out| {
            let items = list.borrow();
            out.extend(ks.filter_map(|k| items.get((start + k as i64 * step) as usize).cloned()));
        })
    }

    /// `items[start::step]` for `n` items of an immutable sequence, copied
    /// in chunks with the work charged between them.
    pub fn slice_items_paced(
        &mut self,
        items: &[Value],
        start: i64,
        step: i64,
        n: usize,
    ) -> PyResult<Vec<Value>> {
        self.slice_chunks(n, |ks, out| {
            out.extend(ks.filter_map(|k| items.get((start + k as i64 * step) as usize).cloned()));
        })
    }

    /// Builds a slice of `n` items, [`COPY_CHUNK`] slice positions at a
    /// time: `fill` appends the items of one range of positions, and the
    /// work is charged between chunks.
    fn slice_chunks(
        &mut self,
        n: usize,
        mut fill: impl FnMut(std::ops::Range<usize>, &mut Vec<Value>),
    ) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(n);
        let mut j = 0usize;
        while j < n {
            let end = n.min(j + COPY_CHUNK);
            fill(j..end, &mut out);
            if n >= COPY_CHUNK {
                self.charge_work((end - j) as u64)?;
            }
            j = end;
        }
        Ok(out)
    }

    /// `items` repeated `n` times (the caller checked the size against the
    /// memory limit), built in chunks with the work charged between them.
    pub fn repeat_paced(&mut self, items: &[Value], n: u64) -> PyResult<Vec<Value>> {
        if items.is_empty() || n == 0 {
            // Nothing to copy: `() * 10**14` looped 10**14 times over an
            // empty slice without a charge (found by fuzzing, session 7).
            return Ok(Vec::new());
        }
        let total = (items.len() as u64).saturating_mul(n) as usize;
        let mut out = Vec::with_capacity(total);
        if total < COPY_CHUNK {
            for _ in 0..n {
                out.extend_from_slice(items);
            }
            self.charge_work(total as u64)?;
            return Ok(out);
        }
        if items.len() >= COPY_CHUNK {
            for _ in 0..n {
                self.extend_paced(&mut out, items)?;
            }
            return Ok(out);
        }
        // Short items, many times: whole copies of `items` per chunk.
        let per_chunk = (COPY_CHUNK / items.len().max(1)).max(1) as u64;
        let mut left = n;
        while left > 0 {
            let k = left.min(per_chunk);
            for _ in 0..k {
                out.extend_from_slice(items);
            }
            self.charge_work(k * items.len() as u64)?;
            left -= k;
        }
        Ok(out)
    }

    /// A str kernel result or the limit it stopped for.
    pub fn paced<T>(&mut self, r: Result<T, crate::sandbox::deadline::Interrupted>) -> PyResult<T> {
        r.map_err(|_| self.interrupted())
    }

    /// How many items of `item_bytes` bytes still fit under the memory limit
    /// (`None` without a limit); for native operations that cannot know
    /// their result's size beforehand, such as `str.split`.
    pub fn room_for(&self, item_bytes: u64) -> Option<u64> {
        let max = self.budget.max_mem?;
        Some(max.saturating_sub(self.budget.meter.used()) / item_bytes.max(1))
    }

    /// Enters one level of a native walk over user data (hash, compare,
    /// repr, copy of nested containers): fails with CPython's catchable
    /// `RuntimeError: <msg>` past the native depth cap, so the Rust stack
    /// cannot overflow. The caller decrements `native_depth` when done.
    #[inline]
    pub fn enter_native_walk(&mut self, msg: &str) -> PyResult<()> {
        if self.native_depth > crate::vm::NATIVE_DEPTH_LIMIT * 4 {
            return Err(self.new_error("RuntimeError", msg));
        }
        self.native_depth += 1;
        Ok(())
    }

    /// After collecting `n` candidates of a hash-table probe: long probe
    /// chains (many keys with equal hashes) are charged as work.
    #[inline]
    pub fn charge_probes(&mut self, n: usize) -> PyResult<()> {
        if n > 64 {
            self.charge_work(n as u64)
        } else {
            Ok(())
        }
    }

    /// Before a call pushes its caller's frame: when the frame stack must
    /// grow, checks the growth against the memory limit (a deep recursion
    /// doubles a multi-MB vector in one step).
    #[inline]
    pub fn before_frame_push(&mut self) -> PyResult<()> {
        let (n, c) = (self.frames.len(), self.frames.capacity());
        if n == c {
            self.reserve_growth(n, c, 1, std::mem::size_of::<crate::vm::Frame>())?;
        }
        Ok(())
    }

    /// Checks, without charging, that `extra` more bytes would fit under the
    /// memory limit (running the collector first if that may help).
    #[inline]
    pub fn check_memory(&mut self, extra: u64) -> PyResult<()> {
        match self.budget.max_mem.map(enforced_memory) {
            Some(max) if self.budget.meter.used().saturating_add(extra) > max => {
                if self.over_memory_after_collecting(extra, max) {
                    Err(PyErr::Limit(Limit::Memory))
                } else {
                    Ok(())
                }
            }
            _ => Ok(()),
        }
    }

    /// The slow path of [`Vm::check_memory`]: collects cyclic garbage unless a
    /// collection ran at about this level already, then measures again.
    #[cold]
    fn over_memory_after_collecting(&mut self, extra: u64, max: u64) -> bool {
        let used = self.budget.meter.used();
        if used > self.budget.gc_floor.saturating_add(max / 16) || self.gc.should_collect() {
            self.collect_garbage_full();
            self.budget.gc_floor = self.budget.meter.used();
        }
        let used = self.budget.meter.used();
        self.budget.mem = used;
        used.saturating_add(extra) > max
    }

    /// Re-arms the allocator's tripwire at the enforced memory limit (see
    /// [`enforced_memory`]) and clears its flag; called at every periodic
    /// check, so a moved meter base (`MemMeter::exclude`, a new cell) is
    /// picked up.
    #[inline]
    pub fn arm_memory_tripwire(&self) {
        self.budget
            .meter
            .arm(self.budget.max_mem.map(enforced_memory));
    }

    /// Ticks until the next limit check: the usual interval, shortened when
    /// the memory in use is close to the limit (so that many small
    /// allocations between two checks cannot go far past it).
    pub fn check_interval(&self) -> u64 {
        const USUAL: u64 = 4096;
        match self.budget.max_mem {
            Some(max) => {
                let room = max.saturating_sub(self.budget.mem);
                (room / 512).clamp(16, USUAL)
            }
            None => USUAL,
        }
    }
}

/// The most bytes a run may hold under a memory limit of `max`: the limit
/// minus a reserve of 1/32 of it, at most 64 KiB. Checks compare with this
/// level, and the allocator's tripwire (polled once per instruction) fires
/// at it, so the small unchecked allocations of the instruction that
/// crosses it (a frame, an object, a registry chunk) still fit under `max`:
/// the accounted peak stays within the configured limit.
#[inline]
pub fn enforced_memory(max: u64) -> u64 {
    const RESERVE_CAP: u64 = 64 << 10;
    max - (max / 32).min(RESERVE_CAP)
}

impl Vm {
    /// Before adding `additional` items of `item_bytes` each to a buffer
    /// holding `len` items in room for `capacity`: fails when the buffer's
    /// growth (to the larger of double and what is needed, as `Vec` and
    /// `String` grow) would pass the memory limit. Cheap when there is room.
    #[inline]
    pub fn reserve_growth(
        &mut self,
        len: usize,
        capacity: usize,
        additional: usize,
        item_bytes: usize,
    ) -> PyResult<()> {
        let need = len.saturating_add(additional);
        if need <= capacity || self.budget.max_mem.is_none() {
            return Ok(());
        }
        let new_cap = need.max(capacity.saturating_mul(2));
        // The whole new buffer: while a reallocation copies, the old and the
        // new buffer are both held (found by fuzzing: counting only the
        // difference let a list of generators pass 16 MiB by 0.5 MB).
        self.reserve((new_cap as u64).saturating_mul(item_bytes as u64))
    }
}

/// Whether `v` is a container or string large enough that one native
/// operation on it may take milliseconds (64 KiB of text or bytes, 8192
/// items): `Vm::call` checks the limits right after a builtin called with
/// such a first argument.
pub fn is_large(v: &crate::objects::Value) -> bool {
    use crate::objects::{Payload, Value};
    const BYTES: usize = 1 << 16;
    const ITEMS: usize = 1 << 13;
    match v {
        Value::Str(s) => s.s.len() >= BYTES,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.as_str().len() >= BYTES,
            Payload::Bytes(b) => b.len() >= BYTES,
            Payload::ByteArray(b) => b.try_borrow().is_ok_and(|b| b.len() >= BYTES),
            Payload::List(l) => l.try_borrow().is_ok_and(|l| l.len() >= ITEMS),
            Payload::Tuple(t) => t.len() >= ITEMS,
            Payload::Dict(t) | Payload::Set(t) => t.try_borrow().is_ok_and(|t| t.len() >= ITEMS),
            Payload::FrozenSet(t) => t.len() >= ITEMS,
            _ => false,
        },
        _ => false,
    }
}

/// The length of a `bytes` or `bytearray` value (`None` for other values).
pub fn bytes_like_len(v: &crate::objects::Value) -> Option<u64> {
    use crate::objects::Payload;
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.len() as u64),
        Some(Payload::ByteArray(b)) => b.try_borrow().ok().map(|b| b.len() as u64),
        _ => None,
    }
}

/// The kinds of big-integer work [`bigint_work`] estimates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BigWork {
    /// Linear work: add, subtract, bitwise operations, shifts, copies.
    Linear,
    /// Multiplication (Karatsuba/Toom: about n·√m for sizes n ≥ m).
    Mul,
    /// Division or remainder (schoolbook: quotient size × divisor size).
    Div,
    /// Conversion to or from decimal text (quadratic in the size).
    Decimal,
}

/// Work units of a big-integer operation on operands of `a_bits` and
/// `b_bits` bits giving a result of `r_bits` bits (64-bit limbs; an
/// estimate, so the clock is checked after operations that were long).
pub fn bigint_work(kind: BigWork, a_bits: u64, b_bits: u64, r_bits: u64) -> u64 {
    let limbs = |bits: u64| bits / 64 + 1;
    let (a, b, r) = (limbs(a_bits), limbs(b_bits), limbs(r_bits));
    match kind {
        BigWork::Linear => a.max(b).max(r),
        BigWork::Mul => {
            let (big, small) = (a.max(b), a.min(b));
            big.saturating_mul(small.isqrt().max(1)).saturating_add(r)
        }
        BigWork::Div => a.saturating_sub(b).saturating_add(1).saturating_mul(b),
        BigWork::Decimal => {
            let n = a.max(r);
            n.saturating_mul(n) / 16 + n
        }
    }
}

impl Vm {
    /// The error to raise after an interruptible kernel (`num::bigwork`)
    /// stopped at the deadline: whichever limit the check reports (the wall
    /// clock, or the instruction budget when that ran out too).
    #[cold]
    pub fn interrupted(&mut self) -> PyErr {
        if crate::sandbox::deadline::take_memory_refused() {
            return PyErr::Limit(Limit::Memory);
        }
        match self.check_limits() {
            Err(e) => e,
            Ok(()) => PyErr::Limit(Limit::WallTime),
        }
    }

    /// The error to raise for an [`crate::num::ArithError`]: the limit for
    /// an interrupted kernel, else the Python exception it names.
    pub fn arith_error(&mut self, e: &crate::num::ArithError) -> PyErr {
        match e {
            crate::num::ArithError::Interrupted => self.interrupted(),
            other => self.new_error(other.py_type(), &other.to_string()),
        }
    }

    /// After a kernel that may have stopped early without an error (see
    /// `sandbox::deadline::mark_interrupted`): the limit if it did, so its
    /// unfinished result is never seen. A thread-local read.
    #[inline]
    pub fn after_kernel(&mut self) -> PyResult<()> {
        if crate::sandbox::deadline::take_interrupted() {
            return Err(self.interrupted());
        }
        Ok(())
    }

    /// The error to raise for a [`crate::text::TextError`]: the limit for an
    /// interrupted kernel, else the Python exception it names.
    pub fn text_error(&mut self, e: crate::text::TextError) -> PyErr {
        match e {
            crate::text::TextError::Interrupted => self.interrupted(),
            other => self.new_error(other.py_type(), &other.to_string()),
        }
    }

    /// The decimal text of a big int, stopping at the deadline; refused
    /// at the memory limit when the text and the conversion's pieces (about
    /// twice the digits, plus two copies of the int) would not fit.
    pub fn big_decimal(&mut self, b: &num_bigint::BigInt) -> PyResult<String> {
        let n = b.bits() / 64 + 1;
        self.charge_work(n.saturating_mul(n) / 2)?;
        let digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
        self.check_memory(digits.saturating_mul(2).saturating_add(b.bits() / 4))?;
        crate::num::bigwork::to_decimal_signed(b).map_err(|_| self.interrupted())
    }
}
