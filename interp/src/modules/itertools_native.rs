//! The native `_kaa_itertools` module: the combinatoric iterators of
//! `itertools` (`permutations`, `combinations`,
//! `combinations_with_replacement`, `product`) as native iterators, which
//! `itertools.py` uses instead of its generators.
//!
//! Each iterator is the VM's `iter(callable, None)` over a bound native
//! step function whose `self` is a state list
//! `[pool, indices, cycles, r, phase]` (`pool` is a tuple, or for product a
//! tuple of tuples; `indices`/`cycles` lists of ints; `phase` 0 before the
//! first item, 1 running, 2 exhausted). The steps are CPython's algorithms,
//! so items come in CPython's order; an exhausted step returns None, which
//! ends the iteration (no item is ever None: items are tuples).

use super::{add_functions, namespace};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::vm::iter::IterState;
use crate::vm::{Args, PyResult, Vm};

const FIRST: i64 = 0;
const RUNNING: i64 = 1;
const DONE: i64 = 2;

/// The decoded state of one iterator.
struct State {
    /// The pool's length (one-pool iterators).
    n: usize,
    /// Each pool's length (product).
    lens: Vec<usize>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
    phase: i64,
}

fn ints(v: Option<&Value>) -> Vec<usize> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::List(l)) => l
            .borrow()
            .iter()
            .map(|x| match x {
                Value::Int(i) => (*i).max(0) as usize,
                _ => 0,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn tuple_len(v: Option<&Value>) -> usize {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => t.len(),
        _ => 0,
    }
}

fn load(this: &Value, nested: bool) -> Option<State> {
    let Some(Payload::List(l)) = this.payload() else {
        return None;
    };
    let l = l.borrow();
    let lens = match (nested, l.first().and_then(|v| v.payload())) {
        (true, Some(Payload::Tuple(t))) => t.iter().map(|p| tuple_len(Some(p))).collect(),
        _ => Vec::new(),
    };
    let int = |i: usize| match l.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    };
    Some(State {
        n: tuple_len(l.first()),
        lens,
        indices: ints(l.get(1)),
        cycles: ints(l.get(2)),
        r: int(3).max(0) as usize,
        phase: int(4),
    })
}

/// The current item: `pool[i]` for the first `r` indices, or for product
/// `pools[k][indices[k]]`.
fn current(vm: &mut Vm, this: &Value, st: &State, nested: bool) -> Value {
    let items: Vec<Value> = match this.payload() {
        Some(Payload::List(l)) => {
            let l = l.borrow();
            match l.first().and_then(|v| v.payload()) {
                Some(Payload::Tuple(pool)) if nested => st
                    .indices
                    .iter()
                    .zip(pool.iter())
                    .map(|(&i, p)| match p.payload() {
                        Some(Payload::Tuple(t)) => t.get(i).cloned().unwrap_or_default(),
                        _ => Value::None,
                    })
                    .collect(),
                Some(Payload::Tuple(pool)) => st
                    .indices
                    .iter()
                    .take(st.r)
                    .map(|&i| pool.get(i).cloned().unwrap_or_default())
                    .collect(),
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    };
    vm.new_tuple(items)
}

/// Writes indices, cycles and phase back into the state list.
fn save(vm: &mut Vm, this: &Value, st: &State) {
    let Some(Payload::List(l)) = this.payload() else {
        return;
    };
    let put = |v: Option<&Value>, xs: &[usize]| {
        if let Some(Payload::List(t)) = v.and_then(|v| v.payload()) {
            let mut t = t.borrow_mut();
            t.clear();
            t.extend(xs.iter().map(|&x| Value::Int(x as i64)));
        }
    };
    let l2 = l.borrow();
    put(l2.get(1), &st.indices);
    put(l2.get(2), &st.cycles);
    drop(l2);
    if let Some(slot) = l.borrow_mut().get_mut(4) {
        *slot = Value::Int(st.phase);
    }
    let _ = vm;
}

/// Runs one step: `advance` moves the indices on (false when exhausted),
/// `first_ok` says whether there is a first item at all.
fn step(
    vm: &mut Vm,
    args: &Args<'_>,
    nested: bool,
    first_ok: fn(&State) -> bool,
    advance: fn(&mut State) -> bool,
) -> PyResult<Value> {
    let Some(this) = args.pos.first() else {
        return Ok(Value::None);
    };
    let Some(mut st) = load(this, nested) else {
        return Ok(Value::None);
    };
    vm.tick(st.indices.len() as u64)?;
    let ok = match st.phase {
        FIRST => first_ok(&st),
        RUNNING => advance(&mut st),
        _ => false,
    };
    st.phase = if ok { RUNNING } else { DONE };
    save(vm, this, &st);
    if !ok {
        return Ok(Value::None);
    }
    Ok(current(vm, this, &st, nested))
}

fn perm_first(st: &State) -> bool {
    st.r <= st.n
}

fn perm_advance(st: &mut State) -> bool {
    let n = st.n;
    if n == 0 {
        return false;
    }
    let mut i = st.r;
    while i > 0 {
        i -= 1;
        let Some(c) = st.cycles.get_mut(i) else {
            return false;
        };
        *c = c.saturating_sub(1);
        if *c == 0 {
            // rotate indices[i:] left by one
            if let Some(tail) = st.indices.get_mut(i..) {
                tail.rotate_left(1);
            }
            if let Some(c) = st.cycles.get_mut(i) {
                *c = n - i;
            }
        } else {
            let j = *c;
            if j <= n && n - j < st.indices.len() {
                st.indices.swap(i, n - j);
            }
            return true;
        }
    }
    false
}

fn comb_first(st: &State) -> bool {
    st.r <= st.n
}

fn comb_advance(st: &mut State) -> bool {
    let (n, r) = (st.n, st.r);
    let mut i = r;
    while i > 0 {
        i -= 1;
        if st.indices.get(i).copied() != Some(i + n - r) {
            let base = st.indices.get(i).copied().unwrap_or(0) + 1;
            for (k, slot) in st.indices.iter_mut().enumerate().skip(i) {
                *slot = base + (k - i);
            }
            return true;
        }
    }
    false
}

fn cwr_first(st: &State) -> bool {
    !(st.n == 0 && st.r > 0)
}

fn cwr_advance(st: &mut State) -> bool {
    let n = st.n;
    let mut i = st.r;
    while i > 0 {
        i -= 1;
        if st.indices.get(i).copied() != Some(n.saturating_sub(1)) {
            let v = st.indices.get(i).copied().unwrap_or(0) + 1;
            for slot in st.indices.iter_mut().skip(i) {
                *slot = v;
            }
            return true;
        }
    }
    false
}

fn prod_first(st: &State) -> bool {
    st.lens.iter().all(|&n| n > 0)
}

fn prod_advance(st: &mut State) -> bool {
    let mut i = st.lens.len();
    while i > 0 {
        i -= 1;
        let len = st.lens.get(i).copied().unwrap_or(0);
        if let Some(slot) = st.indices.get_mut(i) {
            *slot += 1;
            if *slot < len {
                return true;
            }
            *slot = 0;
        }
    }
    false
}

fn perm_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    step(vm, &args, false, perm_first, perm_advance)
}

fn comb_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    step(vm, &args, false, comb_first, comb_advance)
}

fn cwr_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    step(vm, &args, false, cwr_first, cwr_advance)
}

fn prod_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    step(vm, &args, true, prod_first, prod_advance)
}

/// Builds the iterator over `step_fn` with the given initial state.
fn make(
    vm: &mut Vm,
    name: &'static str,
    step_fn: crate::objects::NativeFn,
    pool: Value,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    r: usize,
) -> Value {
    let idx = vm.new_list(indices.into_iter().map(|i| Value::Int(i as i64)).collect());
    let cyc = vm.new_list(cycles.into_iter().map(|i| Value::Int(i as i64)).collect());
    let state = vm.new_list(vec![
        pool,
        idx,
        cyc,
        Value::Int(r as i64),
        Value::Int(FIRST),
    ]);
    let f = crate::builtins::native(vm, name, step_fn, None);
    let mcls = vm.types.method.clone();
    let bound = vm.alloc(&mcls, Payload::Method(state, f));
    let icls = vm.types.iterator.clone();
    vm.new_iter(
        &icls,
        IterState::Callable {
            f: bound,
            sentinel: Value::None,
        },
    )
}

/// `(pool, r)` for the one-pool iterators; `pool` must be a tuple.
fn pool_r(vm: &mut Vm, args: &Args<'_>) -> PyResult<(Value, usize, usize)> {
    let (Some(pool), Some(r)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(vm.new_error("TypeError", "expected (pool, r)"));
    };
    let n = match pool.payload() {
        Some(Payload::Tuple(t)) => t.len(),
        _ => return Err(vm.new_error("TypeError", "pool must be a tuple")),
    };
    let r = vm.index_value(r)?;
    if r < 0 {
        return Err(vm.new_error("ValueError", "r must be non-negative"));
    }
    Ok((pool.clone(), n, r as usize))
}

fn permutations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (pool, n, r) = pool_r(vm, &args)?;
    let cycles = if r <= n {
        (0..r).map(|i| n - i).collect()
    } else {
        Vec::new()
    };
    Ok(make(
        vm,
        "_perm_step",
        perm_step,
        pool,
        (0..n).collect(),
        cycles,
        r,
    ))
}

fn combinations(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (pool, _n, r) = pool_r(vm, &args)?;
    vm.reserve(r as u64 * 8)?;
    Ok(make(
        vm,
        "_comb_step",
        comb_step,
        pool,
        (0..r).collect(),
        Vec::new(),
        r,
    ))
}

fn combinations_with_replacement(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (pool, _n, r) = pool_r(vm, &args)?;
    vm.reserve(r as u64 * 8)?;
    Ok(make(
        vm,
        "_cwr_step",
        cwr_step,
        pool,
        vec![0; r],
        Vec::new(),
        r,
    ))
}

fn product(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(pools) = args.pos.first() else {
        return Err(vm.new_error("TypeError", "expected (pools,)"));
    };
    let m = match pools.payload() {
        Some(Payload::Tuple(t))
            if t.iter()
                .all(|p| matches!(p.payload(), Some(Payload::Tuple(_)))) =>
        {
            t.len()
        }
        _ => return Err(vm.new_error("TypeError", "pools must be a tuple of tuples")),
    };
    Ok(make(
        vm,
        "_prod_step",
        prod_step,
        pools.clone(),
        vec![0; m],
        Vec::new(),
        m,
    ))
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
