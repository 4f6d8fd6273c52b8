//! The hash table behind `dict`, `set` and instance `__dict__`s: insertion
//! ordered, open addressing over an index array (the layout of CPython 3.6+).
//!
//! The table never calls Python code: lookups take a native equality
//! predicate. Keys whose `__eq__` is user code are compared by the VM after
//! [`DictTable::candidates`] hands out the entries with the same hash.

use super::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    /// The key's Python hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value (None for sets).
    pub value: Value,
}

/// An insertion-ordered hash table.
#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    /// Which contents the table has: a new number (unique in the thread)
    /// after every change, kept by a copy, 0 for a table never changed
    /// (always empty). Equal states mean equal keys, values and entry
    /// positions, so caches keyed on it (the VM's global-name cache) are
    /// exact.
    state: u64,
    /// A key other than an exact `str` was added since the table was last
    /// emptied: string lookups by identity/text ([`DictTable::get_str`]) may
    /// then miss a key that compares equal (a `str` subclass), so attribute
    /// reads fall back to a lookup by `==`.
    mixed: bool,
}

thread_local! {
    static LAST_STATE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A table state never used before in this thread.
#[inline]
fn next_state() -> u64 {
    LAST_STATE.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

impl DictTable {
    /// An empty table.
    pub fn new() -> DictTable {
        DictTable::default()
    }

    /// An empty table with room for `n` entries before it grows, for dicts
    /// (iteration follows insertion either way). Not for sets, whose
    /// emulated CPython order depends on how the table grew.
    pub fn with_capacity(n: usize) -> DictTable {
        if n == 0 {
            return DictTable::default();
        }
        let mut size = 8;
        while size * 2 < n * 3 + 1 {
            size *= 2;
        }
        DictTable {
            entries: Vec::with_capacity(size * 2 / 3 + 1),
            indices: vec![EMPTY; size],
            len: 0,
            state: 0,
            mixed: false,
        }
    }

    /// Whether a key other than an exact `str` may be present (see the field).
    #[inline]
    pub fn has_mixed_keys(&self) -> bool {
        self.mixed
    }

    /// The table's contents state (see the field): unchanged exactly while
    /// no entry was added, replaced or removed.
    #[inline]
    pub fn state(&self) -> u64 {
        self.state
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn probe_start(&self, hash: i64) -> (usize, u64) {
        let mask = self.indices.len() - 1;
        ((hash as u64 as usize) & mask, hash as u64)
    }

    /// The entry index of a key whose equality is decided by `eq`.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let (mut i, mut perturb) = self.probe_start(hash);
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(Some(e)) = self.entries.get(ix as usize) {
                    if e.hash == hash && eq(&e.key) {
                        return Some(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Entries (index, key) whose hash equals `hash`, for comparison by the VM.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut res = Vec::new();
        if self.indices.is_empty() {
            return res;
        }
        let mask = self.indices.len() - 1;
        let (mut i, mut perturb) = self.probe_start(hash);
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return res;
            }
            if ix != DUMMY {
                if let Some(Some(e)) = self.entries.get(ix as usize) {
                    if e.hash == hash {
                        res.push((ix as usize, e.key.clone()));
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn slot_for_insert(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let (mut i, mut perturb) = self.probe_start(hash);
        loop {
            let ix = self.indices[i];
            if ix == EMPTY || ix == DUMMY {
                return i;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Bytes the next [`DictTable::push_new`] allocates when it must rebuild
    /// the table (0 when there is room), for the memory limit's pre-check.
    pub fn growth_bytes(&self) -> usize {
        if (self.entries.len() + 1) * 3 < self.indices.len() * 2 {
            return 0;
        }
        let live = self.len + 1;
        let mut size = 8usize;
        while size * 2 < live * 3 + 1 {
            size = size.saturating_mul(2);
        }
        (size * 2 / 3 + 1) * std::mem::size_of::<Option<Entry>>() + size.max(8) * 4
    }

    fn grow_if_needed(&mut self) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            let live = self.len + 1;
            let mut size = 8;
            while size * 2 < live * 3 + 1 {
                size *= 2;
            }
            self.rebuild(size);
        }
    }

    fn rebuild(&mut self, size: usize) {
        let old = std::mem::take(&mut self.entries);
        self.entries = Vec::with_capacity(size * 2 / 3 + 1);
        for e in old.into_iter().flatten() {
            self.entries.push(Some(e));
        }
        self.indices = vec![EMPTY; size.max(8)];
        for (ix, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let s = self.slot_for_insert(e.hash);
                self.indices[s] = ix as u32;
            }
        }
    }

    /// Appends a new entry (the caller checked the key is absent).
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.state = next_state();
        self.mixed |= !matches!(key, Value::Str(_));
        self.grow_if_needed();
        let s = self.slot_for_insert(hash);
        self.indices[s] = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
    }

    /// The entry at an index returned by `find`.
    #[inline]
    pub fn entry(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    /// Replaces the value at an entry index; returns the old value.
    pub fn set_value(&mut self, ix: usize, value: Value) -> Option<Value> {
        self.state = next_state();
        match self.entries.get_mut(ix) {
            Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }

    /// Removes the entry at an index; returns it.
    pub fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let hash = self.entry(ix)?.hash;
        self.state = next_state();
        let mask = self.indices.len() - 1;
        let (mut i, mut perturb) = self.probe_start(hash);
        loop {
            let v = self.indices[i];
            if v == EMPTY {
                return None;
            }
            if v as usize == ix {
                self.indices[i] = DUMMY;
                break;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.len -= 1;
        let e = self.entries.get_mut(ix).and_then(|e| e.take());
        if self.len == 0 {
            self.entries.clear();
            self.indices.clear();
        } else if self.entries.len() > 16 && self.len * 4 < self.entries.len() {
            let size = self.indices.len();
            self.rebuild(size);
        }
        e
    }

    /// Removes everything; returns the entries (so their drop happens outside
    /// any borrow).
    pub fn take_all(&mut self) -> Vec<Option<Entry>> {
        self.state = next_state();
        self.indices.clear();
        self.len = 0;
        self.mixed = false;
        std::mem::take(&mut self.entries)
    }

    /// The entry slots (`None` for removed entries), consuming the table
    /// (for a paced free: the index array is freed here).
    pub fn into_entries(self) -> Vec<Option<Entry>> {
        self.entries
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Number of entry slots (live + removed); iteration positions index it.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The next live entry at or after position `pos`.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(Some(e)) = self.entries.get(pos) {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(ix)
    }

    /// Removes and returns the first entry (`set.pop`).
    pub fn pop_first(&mut self) -> Option<Entry> {
        let ix = self.entries.iter().position(|e| e.is_some())?;
        self.remove_at(ix)
    }

    /// Approximate heap bytes.
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * 40 + self.indices.capacity() * 4
    }

    /// Lookup by a native str key (fast path for attribute dicts).
    #[inline]
    pub fn get_str(&self, key: &super::PyStr) -> Option<&Value> {
        let h = key.hash();
        let ix = self.find(h, |k| match k {
            Value::Str(s) => std::ptr::eq(&**s, key) || s.s == key.s,
            _ => false,
        })?;
        self.entry(ix).map(|e| &e.value)
    }
}

impl DictTable {
    /// The keys in the order CPython's set implementation iterates them
    /// (its open-addressing layout, emulated for insertions), so that sets
    /// of ints print as CPython prints them.
    pub fn set_order(&self) -> Vec<Value> {
        self.set_order_with(None).unwrap_or_default()
    }

    /// [`DictTable::set_order`] with a stop check (`sandbox::deadline`)
    /// every chunk of work, for huge sets.
    pub fn set_order_paced(&self) -> Result<Vec<Value>, crate::sandbox::deadline::Interrupted> {
        let mut pacer = crate::sandbox::deadline::Pacer::new();
        self.set_order_with(Some(&mut pacer))
    }

    /// A copy of the table, [`COPY_CHUNK`] entries at a time with a stop
    /// check (`sandbox::deadline`) between chunks (the same table as
    /// `clone`).
    ///
    /// [`COPY_CHUNK`]: crate::sandbox::work::COPY_CHUNK
    pub fn clone_paced(&self) -> Result<DictTable, crate::sandbox::deadline::Interrupted> {
        let mut entries = Vec::with_capacity(self.entries.capacity());
        for (i, chunk) in self
            .entries
            .chunks(crate::sandbox::work::COPY_CHUNK)
            .enumerate()
        {
            if i > 0 {
                crate::sandbox::deadline::check_stop()?;
            }
            entries.extend_from_slice(chunk);
        }
        crate::sandbox::deadline::check_stop()?;
        Ok(DictTable {
            entries,
            indices: self.indices.clone(),
            len: self.len,
            state: self.state,
            mixed: self.mixed,
        })
    }

    /// The (key, value) pairs in order, copied [`COPY_CHUNK`] at a time with
    /// a stop check (`sandbox::deadline`) between chunks.
    ///
    /// [`COPY_CHUNK`]: crate::sandbox::work::COPY_CHUNK
    pub fn pairs_paced(
        &self,
    ) -> Result<Vec<(Value, Value)>, crate::sandbox::deadline::Interrupted> {
        let mut out = Vec::with_capacity(self.len);
        for (i, chunk) in self
            .entries
            .chunks(crate::sandbox::work::COPY_CHUNK)
            .enumerate()
        {
            if i > 0 {
                crate::sandbox::deadline::check_stop()?;
            }
            out.extend(
                chunk
                    .iter()
                    .flatten()
                    .map(|e| (e.key.clone(), e.value.clone())),
            );
        }
        Ok(out)
    }

    fn set_order_with(
        &self,
        mut pacer: Option<&mut crate::sandbox::deadline::Pacer>,
    ) -> Result<Vec<Value>, crate::sandbox::deadline::Interrupted> {
        const LINEAR_PROBES: usize = 9;
        let mut step = |n: usize| match pacer.as_mut() {
            Some(p) => p.advance(n),
            None => Ok(()),
        };
        let live: Vec<&Entry> = self.iter().collect();
        let mut size = 8usize;
        let mut table: Vec<Option<usize>> = vec![None; size];
        fn place(table: &mut [Option<usize>], hash: i64, ix: usize) {
            let mask = table.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                if table[i].is_none() {
                    table[i] = Some(ix);
                    return;
                }
                if i + LINEAR_PROBES <= mask {
                    for j in 1..=LINEAR_PROBES {
                        if table[i + j].is_none() {
                            table[i + j] = Some(ix);
                            return;
                        }
                    }
                }
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
        let mut fill = 0usize;
        for (ix, e) in live.iter().enumerate() {
            step(4)?;
            place(&mut table, e.hash, ix);
            fill += 1;
            if fill * 5 >= (size - 1) * 3 {
                let minused = if fill > 50000 { fill * 2 } else { fill * 4 };
                let mut newsize = 8;
                while newsize <= minused {
                    newsize <<= 1;
                }
                let old = std::mem::replace(&mut table, vec![None; newsize]);
                size = newsize;
                for slot in old.into_iter().flatten() {
                    step(4)?;
                    place(&mut table, live[slot].hash, slot);
                }
            }
        }
        let mut out = Vec::with_capacity(live.len());
        for i in table.into_iter().flatten() {
            step(1)?;
            out.push(live[i].key.clone());
        }
        Ok(out)
    }
}
