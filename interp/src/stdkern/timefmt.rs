//! Calendar arithmetic and C-locale `strftime` for the `time` module. All
//! times are UTC (Kaa's local time zone is UTC).

/// A broken-down time with Python's conventions (`struct_time` fields):
/// month 1–12, weekday 0 = Monday, year day 1–366.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tm {
    /// Full year.
    pub year: i64,
    /// Month, 1–12.
    pub mon: i64,
    /// Day of the month, 1–31.
    pub mday: i64,
    /// Hour, 0–23.
    pub hour: i64,
    /// Minute, 0–59.
    pub min: i64,
    /// Second, 0–61.
    pub sec: i64,
    /// Weekday, 0 = Monday.
    pub wday: i64,
    /// Day of the year, 1–366.
    pub yday: i64,
    /// DST flag (always 0 in UTC, -1 = unknown on input).
    pub isdst: i64,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (months may be out of range).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let (y, m) = (y + (m - 1).div_euclid(12), (m - 1).rem_euclid(12) + 1);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number since 1970-01-01: (year, month, day).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Whether `y` is a leap year.
pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// `gmtime(secs)` for whole seconds.
pub fn gmtime(secs: i64) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
    }
}

/// `calendar.timegm` / `mktime` in UTC: seconds of a (possibly
/// unnormalized) broken-down time; weekday and year day are ignored.
pub fn timegm(tm: &Tm) -> i64 {
    days_from_civil(tm.year, tm.mon, 1)
        .saturating_add(tm.mday - 1)
        .saturating_mul(86_400)
        .saturating_add(tm.hour * 3600 + tm.min * 60 + tm.sec)
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(tm: &Tm) -> &'static str {
    DAYS[tm.wday.rem_euclid(7) as usize]
}

fn month_name(tm: &Tm) -> &'static str {
    MONTHS[(tm.mon - 1).clamp(0, 11) as usize]
}

/// ISO 8601 year and week of a date.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let yday0 = tm.yday - 1;
    let wday = tm.wday.rem_euclid(7);
    // Thursday of this week decides the year.
    let thursday = yday0 - wday + 3;
    let year_len = |y: i64| if is_leap(y) { 366 } else { 365 };
    if thursday < 0 {
        let prev_len = year_len(tm.year - 1);
        return (tm.year - 1, (thursday + prev_len) / 7 + 1);
    }
    if thursday >= year_len(tm.year) {
        return (tm.year + 1, 1);
    }
    (tm.year, thursday / 7 + 1)
}

/// `asctime(tm)`: `Thu Jan  1 00:00:00 1970`.
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &day_name(tm)[..3],
        &month_name(tm)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// `strftime(fmt, tm)` with glibc's C-locale output. `zone` is `%Z`.
pub fn strftime(fmt: &str, tm: &Tm, zone: &str) -> String {
    let mut out = String::with_capacity(fmt.len() * 2);
    let mut chars = fmt.chars();
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    let sunday_wday = (tm.wday + 1).rem_euclid(7);
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        use std::fmt::Write as _;
        let _ = match d {
            'a' => write!(out, "{}", &day_name(tm)[..3]),
            'A' => write!(out, "{}", day_name(tm)),
            'b' | 'h' => write!(out, "{}", &month_name(tm)[..3]),
            'B' => write!(out, "{}", month_name(tm)),
            'c' => write!(out, "{}", strftime("%a %b %e %H:%M:%S %Y", tm, zone)),
            'C' => write!(out, "{:02}", tm.year.div_euclid(100)),
            'd' => write!(out, "{:02}", tm.mday),
            'D' | 'x' => write!(
                out,
                "{:02}/{:02}/{:02}",
                tm.mon,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'e' => write!(out, "{:2}", tm.mday),
            'F' => write!(out, "{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
            'g' => write!(out, "{:02}", iso_week(tm).0.rem_euclid(100)),
            'G' => write!(out, "{}", iso_week(tm).0),
            'H' => write!(out, "{:02}", tm.hour),
            'I' => write!(out, "{:02}", hour12),
            'j' => write!(out, "{:03}", tm.yday),
            'm' => write!(out, "{:02}", tm.mon),
            'M' => write!(out, "{:02}", tm.min),
            'n' => out.write_char('\n'),
            'p' => write!(out, "{}", if tm.hour < 12 { "AM" } else { "PM" }),
            'r' => write!(
                out,
                "{:02}:{:02}:{:02} {}",
                hour12,
                tm.min,
                tm.sec,
                if tm.hour < 12 { "AM" } else { "PM" }
            ),
            'R' => write!(out, "{:02}:{:02}", tm.hour, tm.min),
            'S' => write!(out, "{:02}", tm.sec),
            't' => write!(out, "\t"),
            'T' | 'X' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'u' => write!(out, "{}", tm.wday.rem_euclid(7) + 1),
            'U' => write!(out, "{:02}", (tm.yday - 1 + 7 - sunday_wday) / 7),
            'V' => write!(out, "{:02}", iso_week(tm).1),
            'w' => write!(out, "{}", sunday_wday),
            'W' => write!(out, "{:02}", (tm.yday - 1 + 7 - tm.wday.rem_euclid(7)) / 7),
            'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
            'Y' => write!(out, "{}", tm.year),
            'z' => write!(out, "+0000"),
            'Z' => write!(out, "{}", zone),
            's' => write!(out, "{}", timegm(tm)),
            '%' => write!(out, "%"),
            other => write!(out, "%{}", other),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_python3() {
        let data = include_str!("testdata/time.txt");
        let mut n = 0;
        let mut tm = Tm::default();
        let fmt = "%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %e %D %T %F %R %r %h %n %t %C %g %G %V %u ";
        for line in data.lines() {
            let p: Vec<&str> = line.splitn(3, ' ').collect();
            match p.as_slice() {
                ["gm", t, want] => {
                    let secs = t.parse::<f64>().unwrap_or(0.0).floor() as i64;
                    tm = gmtime(secs);
                    let got = [
                        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday,
                        tm.isdst,
                    ];
                    let got: Vec<String> = got.iter().map(|x| x.to_string()).collect();
                    assert_eq!(got.join(","), *want, "{}", line);
                    assert_eq!(timegm(&tm), secs);
                }
                ["fmt", _, want] => {
                    let got = strftime(fmt, &tm, "UTC")
                        .replace(' ', "_")
                        .replace('\n', "\\n")
                        .replace('\t', "\\t");
                    assert_eq!(got, *want, "{}", line);
                }
                ["asc", _, want] => assert_eq!(asctime(&tm).replace(' ', "_"), *want, "{}", line),
                _ => continue,
            }
            n += 1;
        }
        assert!(n > 40);
    }

    #[test]
    fn iso_weeks_over_many_days() {
        // ISO week must advance by one every Monday and stay within 1..=53.
        let mut prev = iso_week(&gmtime(0));
        for day in 1..20_000 {
            let tm = gmtime(day * 86_400);
            let w = iso_week(&tm);
            if tm.wday == 0 {
                assert!(
                    w.1 == prev.1 + 1 || (w.1 == 1 && w.0 == prev.0 + 1),
                    "{:?} {:?}",
                    tm,
                    w
                );
            } else {
                assert_eq!(w, prev);
            }
            prev = w;
        }
    }
}
