//! `sys.float_info`, `sys.int_info`, `sys.hash_info` and `sys.flags`: struct
//! sequences (tuple subclasses with named fields) holding CPython 3.4's
//! values on a 64-bit Linux build (`flags` as for a plain `python3 prog.py`,
//! except `hash_randomization`: Kaa's hashes are not randomised).

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// One struct sequence: its name in `sys`, field names and the Python
/// literals of the values.
struct StructSeq {
    name: &'static str,
    fields: &'static [(&'static str, &'static str)],
}

const FLOAT_INFO: StructSeq = StructSeq {
    name: "float_info",
    fields: &[
        ("max", "1.7976931348623157e+308"),
        ("max_exp", "1024"),
        ("max_10_exp", "308"),
        ("min", "2.2250738585072014e-308"),
        ("min_exp", "-1021"),
        ("min_10_exp", "-307"),
        ("dig", "15"),
        ("mant_dig", "53"),
        ("epsilon", "2.220446049250313e-16"),
        ("radix", "2"),
        ("rounds", "1"),
    ],
};

const INT_INFO: StructSeq = StructSeq {
    name: "int_info",
    fields: &[("bits_per_digit", "30"), ("sizeof_digit", "4")],
};

const HASH_INFO: StructSeq = StructSeq {
    name: "hash_info",
    fields: &[
        ("width", "64"),
        ("modulus", "2305843009213693951"),
        ("inf", "314159"),
        ("nan", "0"),
        ("imag", "1000003"),
        ("algorithm", "'siphash24'"),
        ("hash_bits", "64"),
        ("seed_bits", "128"),
        ("cutoff", "0"),
    ],
};

const FLAGS: StructSeq = StructSeq {
    name: "flags",
    fields: &[
        ("debug", "0"),
        ("inspect", "0"),
        ("interactive", "0"),
        ("optimize", "0"),
        ("dont_write_bytecode", "0"),
        ("no_user_site", "0"),
        ("no_site", "0"),
        ("ignore_environment", "0"),
        ("verbose", "0"),
        ("bytes_warning", "0"),
        ("quiet", "0"),
        ("hash_randomization", "0"),
        ("isolated", "0"),
    ],
};

/// Python source defining the struct-sequence class and one instance `v`.
fn source(s: &StructSeq) -> String {
    let names: Vec<String> = s.fields.iter().map(|(n, _)| format!("'{}'", n)).collect();
    let mut src = format!("F = ({},)\nclass {}(tuple):\n", names.join(", "), s.name);
    src.push_str(&format!(
        "    n_fields = n_sequence_fields = {}\n    n_unnamed_fields = 0\n",
        s.fields.len()
    ));
    for (i, (n, _)) in s.fields.iter().enumerate() {
        src.push_str(&format!(
            "    {} = property(lambda s: tuple.__getitem__(s, {}))\n",
            n, i
        ));
    }
    src.push_str(&format!(
        "    def __repr__(s):\n        return 'sys.{}(' + ', '.join('%s=%r' % p for p in zip(F, s)) + ')'\n",
        s.name
    ));
    src.push_str("    def __reduce__(s):\n        return (type(s), (tuple(s),))\n");
    src.push_str(&format!("{}.__module__ = 'sys'\n", s.name));
    let vals: Vec<&str> = s.fields.iter().map(|(_, v)| *v).collect();
    src.push_str(&format!("v = {}(({},))\n", s.name, vals.join(", ")));
    src
}

fn build(vm: &mut Vm, s: &StructSeq) -> PyResult<Value> {
    let code = super::embedded::compiled_snippet(vm, s.name, "<sys>", || source(s))?;
    let g = vm.new_dict_obj(crate::objects::DictTable::new());
    crate::builtins::funcs2::run_code(vm, code, g.clone())?;
    let k = vm.intern("v");
    Ok(vm.dict_get_str(&g, &k).unwrap_or_default())
}

/// Adds `float_info`, `int_info`, `hash_info` and `flags` to the `sys`
/// namespace.
pub fn install(vm: &mut Vm, ns: &std::rc::Rc<crate::objects::Obj>) -> PyResult<()> {
    for s in [&FLOAT_INFO, &INT_INFO, &HASH_INFO, &FLAGS] {
        let v = build(vm, s)?;
        super::set(vm, ns, s.name, v);
    }
    Ok(())
}
