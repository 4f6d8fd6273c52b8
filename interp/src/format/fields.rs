//! Parsing of `str.format` templates: literal text, `{{`/`}}`, and replacement
//! fields `{name.attr[key]!conv:spec}`. Nested `{}` in a spec are kept as text; the
//! caller expands them (recursively, with [`AutoNumber`] shared) before formatting.

use super::error::{code_text, FormatError};

/// One piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece {
    /// Literal text (`{{` and `}}` already unescaped).
    Literal(String),
    /// A replacement field.
    Field(Field),
}

/// A replacement field, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The field name (`0`, `name.attr[key]`, or empty for automatic numbering);
    /// split it with [`parse_field_name`] when the field is evaluated.
    pub name: String,
    /// The conversion character after `!`, unchecked (see [`check_conversion`]).
    pub conversion: Option<char>,
    /// The format spec after `:` (may contain nested fields).
    pub spec: String,
    /// True when `spec` contains `{`, so it must be expanded first.
    pub spec_has_fields: bool,
}

/// The argument a field refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgName {
    /// An empty name: the next automatic index (resolve with [`AutoNumber`]).
    Auto,
    /// A positional index.
    Index(usize),
    /// A keyword name.
    Keyword(String),
}

/// A `.attr` or `[key]` step after the argument name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`
    Attr(String),
    /// `[123]`: an integer index.
    Index(usize),
    /// `[text]`: a string key.
    Key(String),
}

/// A conversion: `!r`, `!s` or `!a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `!r`
    Repr,
    /// `!s`
    Str,
    /// `!a`
    Ascii,
}

/// The message CPython gives when nested specs go deeper than two levels.
pub const MAX_RECURSION_MESSAGE: &str = "Max string recursion exceeded";

/// Validates a conversion character.
pub fn check_conversion(c: char) -> Result<Conversion, FormatError> {
    match c {
        'r' => Ok(Conversion::Repr),
        's' => Ok(Conversion::Str),
        'a' => Ok(Conversion::Ascii),
        _ => Err(FormatError::value(format!(
            "Unknown conversion specifier {}",
            code_text(c)
        ))),
    }
}

/// Automatic field numbering state, shared by a template and its nested specs.
#[derive(Clone, Debug, Default)]
pub struct AutoNumber {
    state: Option<bool>, // Some(true) = automatic, Some(false) = manual
    next: usize,
}

impl AutoNumber {
    /// A fresh state.
    pub fn new() -> Self {
        Self::default()
    }

    /// Resolves an argument name to a positional index or keyword, enforcing that
    /// automatic and manual numbering are not mixed.
    pub fn resolve(&mut self, name: &ArgName) -> Result<ArgName, FormatError> {
        let auto = match name {
            ArgName::Auto => true,
            ArgName::Index(_) => false,
            ArgName::Keyword(_) => return Ok(name.clone()),
        };
        match self.state {
            None => self.state = Some(auto),
            Some(true) if !auto => {
                return Err(FormatError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ))
            }
            Some(false) if auto => {
                return Err(FormatError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            _ => {}
        }
        if auto {
            self.next += 1;
            Ok(ArgName::Index(self.next - 1))
        } else {
            Ok(name.clone())
        }
    }
}

/// Reads an all-digit string as an index; `Ok(None)` when it has a non-digit.
fn as_index(s: &str) -> Result<Option<usize>, FormatError> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .ok()
        .filter(|&v| v <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))
}

/// Splits a field name into its argument and accessor chain.
pub fn parse_field_name(name: &str) -> Result<(ArgName, Vec<Accessor>), FormatError> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let arg = if first.is_empty() {
        ArgName::Auto
    } else if let Some(i) = as_index(first)? {
        ArgName::Index(i)
    } else {
        ArgName::Keyword(first.to_string())
    };
    let mut accessors = Vec::new();
    let mut rest = &name[first_end..];
    while let Some(c) = rest.chars().next() {
        if c == '.' {
            let body = &rest[1..];
            let end = body.find(['.', '[']).unwrap_or(body.len());
            if end == 0 {
                return Err(FormatError::value("Empty attribute in format string"));
            }
            accessors.push(Accessor::Attr(body[..end].to_string()));
            rest = &body[end..];
        } else if c == '[' {
            let body = &rest[1..];
            let Some(end) = body.find(']') else {
                return Err(FormatError::value("Missing ']' in format string"));
            };
            if end == 0 {
                return Err(FormatError::value("Empty attribute in format string"));
            }
            let key = &body[..end];
            accessors.push(match as_index(key)? {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(key.to_string()),
            });
            rest = &body[end + 1..];
            if let Some(next) = rest.chars().next() {
                if next != '.' && next != '[' {
                    return Err(FormatError::value(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
        } else {
            return Err(FormatError::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok((arg, accessors))
}

/// Parses the field after `{` starting at `pos`; returns the field and the position
/// after its closing `}`.
fn parse_field(chars: &[char], mut pos: usize) -> Result<(Field, usize), FormatError> {
    let start = pos;
    let mut stop = None;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        match c {
            '{' => return Err(FormatError::value("unexpected '{' in field name")),
            '[' => {
                while pos < chars.len() && chars[pos] != ']' {
                    pos += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(stop) = stop else {
        return Err(FormatError::value("expected '}' before end of string"));
    };
    let name: String = chars[start..pos - 1].iter().collect();
    let mut field = Field {
        name,
        conversion: None,
        spec: String::new(),
        spec_has_fields: false,
    };
    if stop == '}' {
        return Ok((field, pos));
    }
    if stop == '!' {
        let Some(&conv) = chars.get(pos) else {
            return Err(FormatError::value(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conv);
        pos += 1;
        if let Some(&c) = chars.get(pos) {
            pos += 1;
            if c == '}' {
                return Ok((field, pos));
            }
            if c != ':' {
                return Err(FormatError::value(
                    "expected ':' after conversion specifier",
                ));
            }
        }
    }
    let spec_start = pos;
    let mut depth = 1;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        match c {
            '{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = chars[spec_start..pos - 1].iter().collect();
                    return Ok((field, pos));
                }
            }
            _ => {}
        }
    }
    Err(FormatError::value("unmatched '{' in format spec"))
}

/// Parses a template up to its first error: the pieces before it, and the error.
/// Callers that evaluate fields as they go should use this to report errors in
/// CPython's order (an earlier field's failure wins over a later syntax error).
pub fn parse_format_string_partial(s: &str) -> (Vec<FormatPiece>, Option<FormatError>) {
    let chars: Vec<char> = s.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        match c {
            '{' | '}' => {
                if chars.get(pos) == Some(&c) {
                    literal.push(c);
                    pos += 1;
                    continue;
                }
                if c == '}' {
                    return (
                        pieces,
                        Some(FormatError::value(
                            "Single '}' encountered in format string",
                        )),
                    );
                }
                if pos >= chars.len() {
                    return (
                        pieces,
                        Some(FormatError::value(
                            "Single '{' encountered in format string",
                        )),
                    );
                }
                if !literal.is_empty() {
                    pieces.push(FormatPiece::Literal(std::mem::take(&mut literal)));
                }
                match parse_field(&chars, pos) {
                    Ok((field, next)) => {
                        pieces.push(FormatPiece::Field(field));
                        pos = next;
                    }
                    Err(e) => return (pieces, Some(e)),
                }
            }
            _ => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(FormatPiece::Literal(literal));
    }
    (pieces, None)
}

/// Parses a whole `str.format` template.
pub fn parse_format_string(s: &str) -> Result<Vec<FormatPiece>, FormatError> {
    match parse_format_string_partial(s) {
        (pieces, None) => Ok(pieces),
        (_, Some(e)) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        let p = parse_format_string("a{0!r:>{1}}b{{").unwrap_or_default();
        assert_eq!(p.len(), 3);
        assert_eq!(
            p.get(1),
            Some(&FormatPiece::Field(Field {
                name: "0".into(),
                conversion: Some('r'),
                spec: ">{1}".into(),
                spec_has_fields: true
            }))
        );
        assert_eq!(
            parse_format_string("}").map(|_| ()),
            Err(FormatError::value(
                "Single '}' encountered in format string"
            ))
        );
        let mut n = AutoNumber::new();
        assert_eq!(n.resolve(&ArgName::Index(0)), Ok(ArgName::Index(0)));
        assert!(n.resolve(&ArgName::Auto).is_err());
        assert_eq!(
            parse_field_name("a.b[0][x]"),
            Ok((
                ArgName::Keyword("a".into()),
                vec![
                    Accessor::Attr("b".into()),
                    Accessor::Index(0),
                    Accessor::Key("x".into())
                ]
            ))
        );
    }
}
