//! Deterministic no-panic sweeps: every kernel that user text reaches is fed random
//! inputs (multi-byte chars, digits, format punctuation) and must return, not panic.

use crate::format::{self, printf, FormatSpec};
use crate::num::{self, Int};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn text(&mut self, max: u64) -> String {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "0",
            "9",
            "1",
            " ",
            "\t",
            "\n",
            "\r",
            ".",
            ",",
            "_",
            "+",
            "-",
            "#",
            "%",
            "*",
            "(",
            ")",
            "{",
            "}",
            "[",
            "]",
            "!",
            ":",
            "<",
            ">",
            "=",
            "^",
            "e",
            "E",
            "x",
            "j",
            "é",
            "Σ",
            "ß",
            "١",
            "\u{3000}",
            "中",
            "\u{1F600}",
            "ǅ",
            "İ",
            "\u{85}",
            "\u{2028}",
            "s",
            "r",
            "d",
            "f",
            "g",
            "n",
            "c",
            "inf",
            "nan",
            "0x",
        ];
        let n = self.next() % (max + 1);
        (0..n).map(|_| self.pick(PIECES)).collect()
    }

    fn index(&mut self) -> Option<i64> {
        match self.next() % 6 {
            0 => None,
            1 => Some(i64::MIN),
            2 => Some(i64::MAX),
            _ => Some((self.next() % 21) as i64 - 10),
        }
    }
}

#[test]
fn kernels_never_panic_on_random_text() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let budget = 1 << 16;
    let iters: usize = std::env::var("KAA_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    for _ in 0..iters {
        let s = r.text(12);
        let t = r.text(3);
        let _ = FormatSpec::parse(&s).map(|sp| {
            let _ = format::format_int(&Int::Small(-1234), &sp, budget);
            let _ = format::format_float(-12.5e-7, &sp, budget);
            let _ = format::format_str(&t, &sp, budget);
            let _ = format::format_complex(1.5, -2.0, &sp, budget);
        });
        let _ = format::parse_format_string(&s);
        if let Ok(pieces) = printf::parse_printf(&s) {
            for p in pieces {
                if let printf::PrintfPiece::Spec(spec) = p {
                    let _ = printf::format_printf_int(
                        &Int::Small(7),
                        spec.conversion,
                        spec.flags,
                        5,
                        Some(3),
                        budget,
                    );
                    let _ = printf::format_printf_float(
                        7.5,
                        spec.conversion,
                        spec.flags,
                        5,
                        Some(3),
                        budget,
                    );
                }
            }
        }
        let _ = format::fields::parse_field_name(&s);
        for base in [0, 2, 10, 16, 36] {
            let _ = num::parse::parse_int(&s, base);
        }
        let _ = num::parse::parse_float(&s);
        let _ = num::complex::parse_complex(&s);
        let _ = num::float_fromhex(&s);
        let _ = super::bytes::fromhex(&s);
        let (a, b) = (r.index(), r.index());
        let _ = (
            super::find(&s, &t, a, b),
            super::rfind(&s, &t, a, b),
            super::count(&s, &t, a, b),
        );
        let _ = (
            super::startswith(&s, &t, a, b),
            super::endswith(&s, &t, a, b),
        );
        let _ = super::replace(&s, &t, "xy", a.unwrap_or(-1), budget);
        let _ = (
            super::split(&s, Some(&t), 2),
            super::rsplit(&s, Some(&t), -1),
            super::split(&s, None, 1),
        );
        let _ = (
            super::rsplit(&s, None, 1),
            super::splitlines(&s, true),
            super::strip(&s, Some(&t)),
        );
        let _ = (super::partition(&s, &t), super::rpartition(&s, &t));
        let _ = (
            super::title(&s),
            super::capitalize(&s),
            super::swapcase(&s),
            super::lower(&s),
        );
        let _ = super::expandtabs(&s, a.unwrap_or(8), budget);
        let _ = super::center(&s, b.unwrap_or(0), '*', budget);
        let _ = super::zfill(&s, b.unwrap_or(0), budget);
        let bs = s.as_bytes();
        let tb = t.as_bytes();
        let _ = (
            super::bytes::find(bs, tb, a, b),
            super::bytes::count(bs, tb, a, b),
        );
        let _ = (
            super::bytes::split(bs, Some(tb), 1),
            super::bytes::rsplit(bs, None, 1),
        );
        let _ = super::bytes::replace(bs, tb, b"q", -1, budget);
        let _ = super::codecs::decode_with(bs, "ascii", "replace");
    }
}

#[test]
fn int_kernels_never_panic_on_edge_values() {
    use num::*;
    let big = |s: &str| num::parse::parse_int(s, 10).unwrap_or_default();
    let vals = vec![
        Int::Small(i64::MIN),
        Int::Small(i64::MIN + 1),
        Int::Small(i64::MAX),
        Int::Small(-1),
        Int::Small(0),
        Int::Small(1),
        Int::Small(2),
        Int::Small(-2),
        Int::Small(63),
        Int::Small(64),
        big("9223372036854775808"),
        big("-9223372036854775809"),
        big("-340282366920938463463374607431768211456"),
        big("123456789012345678901234567890123456789012345678901234567890"),
    ];
    let budget = 1 << 20;
    for a in &vals {
        let _ = (
            neg(a),
            abs(a),
            invert(a),
            a.bit_length(),
            int_to_f64(a),
            hash::hash_int(a),
        );
        let _ = num::parse::int_to_prefixed_str(a, 16);
        for len in [-1, 0, 1, 8, 9, 40] {
            let _ = int_to_bytes(a, len, true, true, 64);
            let _ = int_to_bytes(a, len, false, false, 64);
        }
        for b in &vals {
            let _ = (
                add(a, b),
                sub(a, b),
                mul(a, b, budget),
                floordiv(a, b),
                modulo(a, b),
                divmod(a, b),
            );
            let _ = (
                truediv(a, b),
                bitand(a, b),
                bitor(a, b),
                bitxor(a, b),
                int_round(a, b),
            );
            let _ = (
                lshift(a, b, budget),
                rshift(a, b),
                pow(a, b, None, budget),
                cmp_int_float(a, 1.5),
            );
            for m in &vals {
                let _ = pow(a, b, Some(m), budget);
            }
            let _ = num::slice::slice_indices(Some(a), Some(b), Some(a), 10);
        }
    }
    for x in [
        0.0,
        -0.0,
        1.5,
        -1e308,
        1e308,
        5e-324,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ] {
        for y in [
            0.0,
            -0.0,
            1.5,
            -2.0,
            1e308,
            f64::INFINITY,
            f64::NAN,
            0.5,
            -0.5,
        ] {
            let _ = (
                float_mod(x, y),
                float_divmod(x, y),
                float_pow(x, y),
                float_truediv(x, y),
            );
            let _ = num::complex::complex_pow((x, y), (y, x));
            let _ = num::complex::complex_div((x, y), (y, x));
        }
        for n in [i64::MIN, -400, -308, -1, 0, 1, 17, 323, 400, i64::MAX] {
            let _ = float_round(x, n);
        }
        let _ = (
            float_round_to_int(x),
            float_as_integer_ratio(x),
            float_hex(x),
            f64_to_int(x),
        );
        let _ = (format::float_repr(x), hash::hash_float(x));
    }
}
