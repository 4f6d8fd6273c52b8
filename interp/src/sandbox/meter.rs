//! The memory meter: bytes an evaluation holds, from the allocator's
//! per-thread count.
//!
//! Every evaluation runs on one thread, so what it holds is the thread's live
//! count now minus the count when the meter started. Objects, frames, value
//! stacks, string buffers, dict tables and tracebacks are all included, and a
//! free is credited the moment it happens, so `for i in range(10**6): x = [1]
//! * 1000` holds one list, not a million.

/// A starting point on the current thread's allocation count.
#[derive(Clone, Copy, Debug)]
pub struct MemMeter {
    base: i64,
}

impl MemMeter {
    /// Starts measuring from what the current thread holds now (and restarts
    /// the thread's peak).
    pub fn start() -> MemMeter {
        kaa_alloc::reset_peak();
        MemMeter {
            base: kaa_alloc::live_bytes(),
        }
    }

    /// Bytes allocated on this thread since [`MemMeter::start`] and not freed.
    #[inline]
    pub fn used(&self) -> u64 {
        kaa_alloc::live_bytes().saturating_sub(self.base).max(0) as u64
    }

    /// The most bytes held at any moment since [`MemMeter::start`].
    pub fn peak(&self) -> u64 {
        kaa_alloc::peak_bytes().saturating_sub(self.base).max(0) as u64
    }

    /// The thread's raw peak count (for [`MemMeter::restore_raw_peak`]).
    pub fn raw_peak(&self) -> i64 {
        kaa_alloc::peak_bytes()
    }

    /// Puts back a raw peak saved before a bookkeeping step (the cycle
    /// collector) whose scratch memory should not count.
    pub fn restore_raw_peak(&self, peak: i64) {
        kaa_alloc::set_peak(peak);
    }

    /// Arms the allocator's tripwire at `limit` bytes held (measured from
    /// this meter's start): the first allocation past it sets
    /// `kaa_alloc::over_limit`, which the VM polls once per instruction.
    pub fn arm(&self, limit: Option<u64>) {
        let raw = match limit {
            Some(l) => self.base.saturating_add(l.min(i64::MAX as u64) as i64),
            None => i64::MAX,
        };
        kaa_alloc::set_limit(raw);
    }

    /// Stops counting `bytes` already held (e.g. the built-in modules set up
    /// after the meter started).
    pub fn exclude(&mut self, bytes: u64) {
        self.base = self.base.saturating_add(bytes.min(i64::MAX as u64) as i64);
    }
}

impl Default for MemMeter {
    fn default() -> Self {
        MemMeter::start()
    }
}
