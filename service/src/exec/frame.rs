//! Framing on the worker pipes: a 4-byte big-endian length, then that many
//! bytes of JSON. The server side uses tokio-util's `LengthDelimitedCodec`
//! (same layout, via [`codec`]); the worker uses the blocking functions here.

use std::io::{self, Read, Write};

use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio_util::codec::LengthDelimitedCodec;

/// The largest frame either side accepts (outputs are capped far lower by
/// the output-limit ceiling).
pub const MAX_FRAME_BYTES: usize = 256 << 20;

/// The codec the server uses on a worker's pipes.
pub fn codec() -> LengthDelimitedCodec {
    LengthDelimitedCodec::builder()
        .length_field_length(4)
        .big_endian()
        .max_frame_length(MAX_FRAME_BYTES)
        .new_codec()
}

/// Writes one message as a frame and flushes.
pub fn write_frame<W: Write, T: Serialize>(out: &mut W, message: &T) -> io::Result<()> {
    let body = serde_json::to_vec(message).map_err(io::Error::other)?;
    let len = u32::try_from(body.len())
        .ok()
        .filter(|&n| n as usize <= MAX_FRAME_BYTES)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "frame too large"))?;
    out.write_all(&len.to_be_bytes())?;
    out.write_all(&body)?;
    out.flush()
}

/// Reads one frame; `Ok(None)` at a clean end of stream.
pub fn read_frame<R: Read, T: DeserializeOwned>(input: &mut R) -> io::Result<Option<T>> {
    let mut len = [0u8; 4];
    match input.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes(len) as usize;
    if len > MAX_FRAME_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "frame too large",
        ));
    }
    let mut body = vec![0u8; len];
    input.read_exact(&mut body)?;
    serde_json::from_slice(&body)
        .map(Some)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exec::wire::ToWorker;

    #[test]
    fn frames_round_trip() {
        let mut buf = Vec::new();
        write_frame(&mut buf, &ToWorker::Cancel(7)).unwrap();
        write_frame(&mut buf, &ToWorker::Cancel(8)).unwrap();
        let mut reader = &buf[..];
        let a: Option<ToWorker> = read_frame(&mut reader).unwrap();
        let b: Option<ToWorker> = read_frame(&mut reader).unwrap();
        let end: Option<ToWorker> = read_frame(&mut reader).unwrap();
        assert!(matches!(a, Some(ToWorker::Cancel(7))));
        assert!(matches!(b, Some(ToWorker::Cancel(8))));
        assert!(end.is_none());
    }

    #[test]
    fn oversized_length_is_refused() {
        let bytes = u32::MAX.to_be_bytes();
        let r: io::Result<Option<ToWorker>> = read_frame(&mut &bytes[..]);
        assert!(r.is_err());
    }
}
