//! Packs stored text into fewer localStorage characters: deflate, then 15 bits per UTF-16
//! code unit.
//!
//! localStorage counts its quota in UTF-16 code units, and an offer's JSON is mostly ASCII
//! that repeats itself (the draft, the submitted form and the live form are usually equal;
//! history and notification keys recur). Deflate removes the repetition; carrying 15 bits in
//! each code unit (U+0020 to U+801F: printable, never a surrogate, so any browser stores it
//! as it is) uses each character for almost two bytes instead of one. A typical offer goes
//! from about 15,000 code units to about 1,400.
//!
//! The first character says how many zero bits pad the last one (0 to 14, as U+0020 plus
//! that number), so that a reader gets back exactly the deflate bytes: some inflaters (the
//! browser's `DecompressionStream`) refuse a stray byte after the stream.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, DecompressError};
use std::fmt;

/// Bits carried by each code unit.
const BITS: u32 = 15;
/// Added to each 15-bit group so that the unit is printable (above the control characters)
/// and, as the largest is `0x7FFF + OFFSET`, below the surrogates.
const OFFSET: u32 = 0x20;
/// Deflate level: 6 packs the typical offer as small as 9 does, in less time.
const LEVEL: u8 = 6;
/// The largest text unpacking may produce: more than localStorage could hold as JSON, so
/// a hand-made value that inflates without end is refused instead of filling memory.
pub const MAX_UNPACKED: usize = 16 * 1024 * 1024;

/// Why packed text could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnpackError {
    /// A character outside the packed range: the value was edited or cut.
    ForeignCharacter(char),
    /// The bytes are not a complete deflate stream.
    NotDeflate(String),
    /// The text inside is not UTF-8.
    NotText,
    /// The padding the first character announces does not fit the rest.
    BadPadding,
}

impl fmt::Display for UnpackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnpackError::ForeignCharacter(c) => {
                write!(
                    f,
                    "character U+{:04X} cannot occur in packed data",
                    *c as u32
                )
            }
            UnpackError::NotDeflate(why) => write!(f, "packed data is damaged ({why})"),
            UnpackError::NotText => write!(f, "packed data does not hold text"),
            UnpackError::BadPadding => write!(f, "packed data has a wrong length"),
        }
    }
}

/// Packs `text` (deflate, then 15 bits per character).
pub fn pack(text: &str) -> String {
    let bytes = compress_to_vec(text.as_bytes(), LEVEL);
    let mut packed = String::with_capacity(bytes.len() * 8 / BITS as usize * 3 + 6);
    let bits = bytes.len() as u32 * 8;
    push_unit(&mut packed, (BITS - bits % BITS) % BITS);
    let mut buffer: u32 = 0;
    let mut held: u32 = 0;
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            push_unit(&mut packed, (buffer >> held) & 0x7FFF);
            buffer &= (1 << held) - 1;
        }
    }
    if held > 0 {
        // The last group is padded with zero bits; deflate stops at its final block and
        // ignores them.
        push_unit(&mut packed, (buffer << (BITS - held)) & 0x7FFF);
    }
    packed
}

fn push_unit(packed: &mut String, group: u32) {
    // The range 0x20..=0x801F holds only scalar values, so this never falls back.
    packed.push(char::from_u32(group + OFFSET).unwrap_or(' '));
}

/// Reads back what [`pack`] produced.
pub fn unpack(packed: &str) -> Result<String, UnpackError> {
    let groups = packed
        .chars()
        .map(|c| {
            (c as u32)
                .checked_sub(OFFSET)
                .filter(|group| *group <= 0x7FFF)
                .ok_or(UnpackError::ForeignCharacter(c))
        })
        .collect::<Result<Vec<u32>, UnpackError>>()?;
    let Some((&padding, groups)) = groups.split_first() else {
        return Err(UnpackError::BadPadding);
    };
    let bits = (groups.len() as u64 * u64::from(BITS))
        .checked_sub(u64::from(padding))
        .filter(|bits| padding < BITS && bits % 8 == 0)
        .ok_or(UnpackError::BadPadding)?;
    let wanted = (bits / 8) as usize;
    let mut bytes = Vec::with_capacity(wanted + 1);
    let mut buffer: u32 = 0;
    let mut held: u32 = 0;
    for &group in groups {
        buffer = (buffer << BITS) | group;
        held += BITS;
        while held >= 8 {
            held -= 8;
            bytes.push((buffer >> held) as u8);
            buffer &= (1 << held) - 1;
        }
    }
    bytes.truncate(wanted);
    let text = decompress_to_vec_with_limit(&bytes, MAX_UNPACKED)
        .map_err(|error: DecompressError| UnpackError::NotDeflate(error.to_string()))?;
    String::from_utf8(text).map_err(|_| UnpackError::NotText)
}
