//! The native `_kaa_itertools` module: the combinatoric iterators of
//! `itertools` (`permutations`, `combinations`,
//! `combinations_with_replacement`, `product`) as native iterators, which
//! `itertools.py` uses instead of its generators.
//!
//! Each iterator is a VM iterator whose state is a [`Combinatoric`]: the
//! pools as vectors, the index (and for permutations cycle) vectors of
//! CPython's algorithms, advanced in place at each step, so items come in
//! CPython's order at the cost of one tuple per item.

use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::vm::iter::IterState;
use crate::vm::{Args, PyResult, Vm};

/// Which combinatoric iterator a [`Combinatoric`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Permutations,
    Combinations,
    CombinationsWithReplacement,
    Product,
}

/// The state of one native combinatoric iterator.
pub struct Combinatoric {
    kind: Kind,
    /// One pool, or for product one pool per position.
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    /// Permutations only: CPython's countdown per position.
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

impl Combinatoric {
    /// The values this iterator keeps alive (for the cycle collector).
    pub fn children(&self, out: &mut Vec<Value>) {
        for p in &self.pools {
            out.extend(p.iter().cloned());
        }
    }

    fn pool_len(&self) -> usize {
        self.pools.first().map(|p| p.len()).unwrap_or(0)
    }

    /// The items of the next tuple, or None once exhausted.
    pub fn advance(&mut self) -> Option<Vec<Value>> {
        if self.done {
            return None;
        }
        let more = if self.started {
            match self.kind {
                Kind::Permutations => self.perm_advance(),
                Kind::Combinations => self.comb_advance(),
                Kind::CombinationsWithReplacement => self.cwr_advance(),
                Kind::Product => self.prod_advance(),
            }
        } else {
            self.started = true;
            self.has_first()
        };
        if !more {
            self.done = true;
            return None;
        }
        Some(self.current())
    }

    fn has_first(&self) -> bool {
        let n = self.pool_len();
        match self.kind {
            Kind::Permutations | Kind::Combinations => self.r <= n,
            Kind::CombinationsWithReplacement => n > 0 || self.r == 0,
            Kind::Product => self.pools.iter().all(|p| !p.is_empty()),
        }
    }

    fn current(&self) -> Vec<Value> {
        match self.kind {
            Kind::Product => self
                .indices
                .iter()
                .zip(&self.pools)
                .map(|(&i, p)| p.get(i).cloned().unwrap_or_default())
                .collect(),
            _ => {
                let pool = self.pools.first().map(|p| p.as_slice()).unwrap_or(&[]);
                self.indices
                    .iter()
                    .take(self.r)
                    .map(|&i| pool.get(i).cloned().unwrap_or_default())
                    .collect()
            }
        }
    }

    fn perm_advance(&mut self) -> bool {
        let n = self.pool_len();
        for i in (0..self.r).rev() {
            let Some(c) = self.cycles.get_mut(i) else {
                return false;
            };
            *c -= 1;
            if *c == 0 {
                // move indices[i] to the end
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = *c;
                self.indices.swap(i, n - j);
                return true;
            }
        }
        false
    }

    fn comb_advance(&mut self) -> bool {
        let (n, r) = (self.pool_len(), self.r);
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != i + n - r) else {
            return false;
        };
        self.indices[i] += 1;
        for j in i + 1..r {
            self.indices[j] = self.indices[j - 1] + 1;
        }
        true
    }

    fn cwr_advance(&mut self) -> bool {
        let (n, r) = (self.pool_len(), self.r);
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != n - 1) else {
            return false;
        };
        let v = self.indices[i] + 1;
        for x in &mut self.indices[i..] {
            *x = v;
        }
        true
    }

    fn prod_advance(&mut self) -> bool {
        for i in (0..self.indices.len()).rev() {
            self.indices[i] += 1;
            if self.indices[i] < self.pools[i].len() {
                return true;
            }
            self.indices[i] = 0;
        }
        false
    }
}

fn make(vm: &mut Vm, state: Combinatoric) -> PyResult<Value> {
    let slots = state.pools.iter().map(|p| p.len()).sum::<usize>() + state.indices.len();
    vm.reserve(slots as u64 * 16)?;
    let cls = vm.types.iterator.clone();
    Ok(vm.new_iter(&cls, IterState::Combinatoric(Box::new(state))))
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

/// `(pool, r)` for the one-pool iterators; `pool` must be a tuple.
fn pool_r(vm: &mut Vm, args: &Args<'_>) -> PyResult<(Vec<Value>, usize)> {
    let (Some(pool), Some(r)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.new_error("TypeError", "expected (pool, r)"));
    };
    let Some(pool) = tuple_items(pool) else {
        return Err(vm.new_error("TypeError", "pool must be a tuple"));
    };
    let r = vm.index_value(r)?;
    if r < 0 {
        return Err(vm.new_error("ValueError", "r must be non-negative"));
    }
    Ok((pool, r as usize))
}

fn one_pool(vm: &mut Vm, args: &Args<'_>, kind: Kind) -> PyResult<Value> {
    let (pool, r) = pool_r(vm, args)?;
    let n = pool.len();
    let (indices, cycles) = match kind {
        Kind::Permutations if r <= n => ((0..n).collect(), (0..r).map(|i| n - i).collect()),
        Kind::Permutations => (Vec::new(), Vec::new()),
        Kind::Combinations if r <= n => ((0..r).collect(), Vec::new()),
        Kind::Combinations => (Vec::new(), Vec::new()),
        _ if n == 0 && r > 0 => (Vec::new(), Vec::new()),
        _ => (vec![0; r], Vec::new()),
    };
    make(
        vm,
        Combinatoric {
            kind,
            pools: vec![pool],
            indices,
            cycles,
            r,
            started: false,
            done: false,
        },
    )
}

fn permutations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_pool(vm, &args, Kind::Permutations)
}

fn combinations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_pool(vm, &args, Kind::Combinations)
}

fn combinations_with_replacement(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    one_pool(vm, &args, Kind::CombinationsWithReplacement)
}

fn product(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pools = args
        .pos
        .first()
        .and_then(tuple_items)
        .and_then(|t| t.iter().map(tuple_items).collect::<Option<Vec<_>>>());
    let Some(pools) = pools else {
        return Err(vm.new_error("TypeError", "pools must be a tuple of tuples"));
    };
    let m = pools.len();
    make(
        vm,
        Combinatoric {
            kind: Kind::Product,
            pools,
            indices: vec![0; m],
            cycles: Vec::new(),
            r: m,
            started: false,
            done: false,
        },
    )
}

const FUNCTIONS: &[Method] = &[
    ("permutations", permutations),
    ("combinations", combinations),
    (
        "combinations_with_replacement",
        combinations_with_replacement,
    ),
    ("product", product),
];

/// Creates `_kaa_itertools`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    Ok(vm.new_module("_kaa_itertools", ns))
}
