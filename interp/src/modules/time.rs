//! The native `time` module (partial). `time.time()` is the real wall clock;
//! the zone is UTC (`localtime` = `gmtime`, `timezone` = 0). `sleep(secs)`
//! really sleeps, but never past the run's wall-time deadline: it sleeps
//! the remaining budget and then the limit check stops the run.
//! `gmtime`/`localtime` return a `time.struct_time`: a tuple subclass with
//! read-only `tm_*` properties and CPython's repr. `strptime` delegates to
//! the embedded `_strptime._strptime_time` (shared with `datetime.strptime`).

use super::native_util::{arg, new_class};
use super::{add_functions, namespace, set};
use crate::builtins::Method;
use crate::objects::{Payload, Value};
use crate::stdkern::timefmt::{self, Tm};
use crate::vm::{Args, PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(now()))
}

fn perf_counter(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(vm.budget.start.elapsed().as_secs_f64()))
}

fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "sleep")?.clone();
    let secs = crate::builtins::ctors::float_of(vm, &v)?;
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.new_error("ValueError", "sleep length must be non-negative"));
    }
    let mut dur = std::time::Duration::from_secs_f64(secs.min(1e9));
    if let Some(deadline) = vm.budget.deadline {
        dur = dur.min(deadline.saturating_duration_since(Instant::now()));
    }
    std::thread::sleep(dur);
    vm.check_limits()?;
    Ok(Value::None)
}

fn tm_value(vm: &mut Vm, tm: &Tm) -> PyResult<Value> {
    let items: Vec<Value> = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ]
    .iter()
    .map(|&x| Value::Int(x))
    .collect();
    match super::native_util::module_attr(vm, "time", "struct_time") {
        Some(Value::Obj(cls)) => Ok(vm.alloc(&cls, Payload::Tuple(items.into_boxed_slice()))),
        _ => Ok(vm.new_tuple(items)),
    }
}

fn secs_arg(vm: &mut Vm, args: &Args<'_>) -> PyResult<i64> {
    match args.pos.first() {
        None | Some(Value::None) => Ok(now().floor() as i64),
        Some(v) => {
            let f = crate::builtins::ctors::float_of(vm, v)?;
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(vm.new_error(
                    "OverflowError",
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(f.floor() as i64)
        }
    }
}

fn gmtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = secs_arg(vm, &args)?;
    tm_value(vm, &timefmt::gmtime(s))
}

fn tm_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Tm> {
    let Some(v) = v else {
        return Ok(timefmt::gmtime(now().floor() as i64));
    };
    let items = vm.iterate(v)?;
    if items.len() != 9 {
        return Err(vm.new_error("TypeError", "function takes exactly 9 arguments"));
    }
    let mut f = [0i64; 9];
    for (slot, it) in f.iter_mut().zip(items.iter()) {
        *slot = crate::builtins::want_int(vm, it)?;
    }
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
    })
}

fn check_tm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    let bad = if !(1..=12).contains(&tm.mon) {
        "month out of range"
    } else if !(1..=31).contains(&tm.mday) {
        "day of month out of range"
    } else if !(0..=23).contains(&tm.hour) {
        "hour out of range"
    } else if !(0..=59).contains(&tm.min) {
        "minute out of range"
    } else if !(0..=61).contains(&tm.sec) {
        "seconds out of range"
    } else if tm.wday < -1 {
        "day of week out of range"
    } else if !(1..=366).contains(&tm.yday) {
        "day of year out of range"
    } else {
        ""
    };
    if bad.is_empty() {
        Ok(())
    } else {
        Err(vm.new_error("ValueError", bad))
    }
}

fn strftime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = arg(vm, &args, 0, "strftime")?.clone();
    let fmt = crate::builtins::want_str(vm, &f, "format")?;
    let mut tm = tm_arg(vm, args.pos.get(1))?;
    check_tm(vm, &mut tm)?;
    Ok(Value::string(timefmt::strftime(fmt.as_str(), &tm, "UTC")))
}

fn asctime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut tm = tm_arg(vm, args.pos.first())?;
    check_tm(vm, &mut tm)?;
    Ok(Value::string(timefmt::asctime(&tm)))
}

fn ctime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = secs_arg(vm, &args)?;
    Ok(Value::string(timefmt::asctime(&timefmt::gmtime(s))))
}

fn mktime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let tm = tm_arg(vm, args.pos.first())?;
    Ok(Value::Float(timefmt::timegm(&tm) as f64))
}

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn field(vm: &mut Vm, args: &Args<'_>, i: usize) -> PyResult<Value> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => Ok(t.get(i).cloned().unwrap_or_default()),
        _ => Err(vm.new_error(
            "TypeError",
            "descriptor requires a 'time.struct_time' object",
        )),
    }
}

macro_rules! getter {
    ($f:ident, $i:expr) => {
        fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            field(vm, &args, $i)
        }
    };
}
getter!(tm_year, 0);
getter!(tm_mon, 1);
getter!(tm_mday, 2);
getter!(tm_hour, 3);
getter!(tm_min, 4);
getter!(tm_sec, 5);
getter!(tm_wday, 6);
getter!(tm_yday, 7);
getter!(tm_isdst, 8);

const GETTERS: [crate::objects::NativeFn; 9] = [
    tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday, tm_yday, tm_isdst,
];

fn st_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            return Err(vm.new_error(
                "TypeError",
                "descriptor requires a 'time.struct_time' object",
            ))
        }
    };
    let mut parts = Vec::with_capacity(items.len());
    for (name, v) in FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{}={}", name, vm.repr(v)?));
    }
    Ok(Value::string(format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

/// `time.strptime(string[, format])`: parsed by the embedded `_strptime`.
fn strptime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let module = super::importer::import_dotted(vm, "_strptime")?;
    let name = vm.intern("_strptime_time");
    let func = vm.getattr(&module, &name)?;
    vm.call(&func, args)
}

const FUNCTIONS: &[Method] = &[
    ("strptime", strptime),
    ("time", time),
    ("perf_counter", perf_counter),
    ("monotonic", perf_counter),
    ("process_time", perf_counter),
    ("clock", perf_counter),
    ("sleep", sleep),
    ("gmtime", gmtime),
    ("localtime", gmtime),
    ("strftime", strftime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("mktime", mktime),
];

/// Creates `time`.
pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let ns = namespace(vm);
    add_functions(vm, &ns, FUNCTIONS);
    let tuple = Value::Obj(vm.types.tuple.clone());
    let st = new_class(vm, "time", "struct_time", vec![tuple])?;
    for (name, f) in FIELDS.iter().zip(GETTERS) {
        let getter = crate::builtins::native(vm, name, f, None);
        let prop = vm.alloc(
            &vm.types.property.clone(),
            Payload::Property(std::cell::RefCell::new([
                getter,
                Value::None,
                Value::None,
                Value::None,
            ])),
        );
        let n = vm.intern(name);
        vm.class_set_quiet(&st, n, prop);
    }
    for name in ["__repr__", "__str__"] {
        let f = crate::builtins::native(vm, name, st_repr, Some(st.clone()));
        let n = vm.intern(name);
        vm.class_set(&st, &n, Some(f));
    }
    set(vm, &ns, "struct_time", Value::Obj(st));
    set(vm, &ns, "timezone", Value::Int(0));
    set(vm, &ns, "altzone", Value::Int(0));
    set(vm, &ns, "daylight", Value::Int(0));
    let tz = vm.new_tuple(vec![Value::str("UTC"), Value::str("UTC")]);
    set(vm, &ns, "tzname", tz);
    Ok(vm.new_module("time", ns))
}
