//! PNG files as bytes: what a file really is (its signature, its chunks and their checksums,
//! its pixel size from the IHDR chunk), the small copy the app keeps of a picked logo or
//! screenshot ([`slim`]: the pixels without the metadata), and an encoder for the images the
//! sample offer draws.
//!
//! Nothing here decodes pixels: the browser does that when it shows an image. What the app
//! stores must only be a PNG whose header says the size the form declares, so that the
//! listing preview shows what the publisher picked.

use base64::{engine::general_purpose::STANDARD, Engine};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::Arc;

/// The eight bytes every PNG file starts with.
pub const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// What a PNG file's header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PngInfo {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// Why bytes are not a PNG file this app keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PngError {
    /// The file does not start with the PNG signature: another kind of file.
    NotPng,
    /// A chunk runs past the end of the file, or the file stops before its end chunk.
    Truncated,
    /// The first chunk is not a well-formed IHDR (13 bytes, a size of at least 1 x 1).
    BadHeader,
    /// A chunk's checksum does not match its bytes: the file is damaged.
    BadChecksum,
    /// No image data (IDAT) before the end.
    NoImageData,
}

impl fmt::Display for PngError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PngError::NotPng => "not a PNG file",
            PngError::Truncated => "the PNG file is cut short",
            PngError::BadHeader => "the PNG header is malformed",
            PngError::BadChecksum => "a PNG chunk is damaged",
            PngError::NoImageData => "the PNG file has no image data",
        })
    }
}

/// One chunk: its type and where its data lies in the file.
struct Chunk<'a> {
    kind: [u8; 4],
    data: &'a [u8],
    /// The whole chunk: length, type, data and checksum.
    whole: &'a [u8],
}

/// Every chunk of a PNG file, each checked, up to and including IEND.
fn chunks(bytes: &[u8]) -> Result<Vec<Chunk<'_>>, PngError> {
    let rest = bytes.strip_prefix(&SIGNATURE).ok_or(PngError::NotPng)?;
    let mut out = Vec::new();
    let mut at = 0usize;
    loop {
        let header = rest.get(at..at + 8).ok_or(PngError::Truncated)?;
        let length = u32::from_be_bytes([header[0], header[1], header[2], header[3]]) as usize;
        let kind = [header[4], header[5], header[6], header[7]];
        let end = at
            .checked_add(12)
            .and_then(|n| n.checked_add(length))
            .ok_or(PngError::Truncated)?;
        let whole = rest.get(at..end).ok_or(PngError::Truncated)?;
        let data = &whole[8..8 + length];
        let stored = &whole[8 + length..];
        let expected = crc32fast::hash(&whole[4..8 + length]).to_be_bytes();
        if stored != expected {
            return Err(PngError::BadChecksum);
        }
        out.push(Chunk { kind, data, whole });
        at = end;
        if &kind == b"IEND" {
            return Ok(out);
        }
    }
}

/// Checks that `bytes` are a whole PNG file (signature, header first, every chunk's checksum,
/// image data, an end) and answers its pixel size.
pub fn inspect(bytes: &[u8]) -> Result<PngInfo, PngError> {
    let chunks = chunks(bytes)?;
    let header = chunks.first().filter(|chunk| &chunk.kind == b"IHDR");
    let data = header.map(|chunk| chunk.data).ok_or(PngError::BadHeader)?;
    if data.len() != 13 {
        return Err(PngError::BadHeader);
    }
    let width = u32::from_be_bytes([data[0], data[1], data[2], data[3]]);
    let height = u32::from_be_bytes([data[4], data[5], data[6], data[7]]);
    if width == 0 || height == 0 {
        return Err(PngError::BadHeader);
    }
    if !chunks.iter().any(|chunk| &chunk.kind == b"IDAT") {
        return Err(PngError::NoImageData);
    }
    Ok(PngInfo { width, height })
}

/// The chunks a copy keeps: those that make the pixels (header, palette, transparency, image
/// data, end) and the small ones that say how to show their colours. Text, dates, EXIF,
/// embedded colour profiles and animation frames are left out.
const KEPT: [&[u8; 4]; 8] = [
    b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND", b"gAMA", b"cHRM", b"sRGB",
];

/// The copy of a PNG file the app keeps: the same pixels, without the chunks `KEPT` leaves
/// out. Checked as [`inspect`] does.
pub fn slim(bytes: &[u8]) -> Result<(Vec<u8>, PngInfo), PngError> {
    let info = inspect(bytes)?;
    let mut out = SIGNATURE.to_vec();
    for chunk in chunks(bytes)? {
        if KEPT.contains(&&chunk.kind) {
            out.extend_from_slice(chunk.whole);
        }
    }
    Ok((out, info))
}

/// A PNG file of `width` x `height` RGBA pixels (8 bits a channel, `pixels` row by row; rows
/// short of pixels are padded with transparent ones). Each row takes the filter that makes it
/// smallest by the usual estimate, then the whole is deflated.
pub fn encode_rgba(width: u32, height: u32, pixels: &[u8]) -> Vec<u8> {
    let stride = width as usize * 4;
    let mut raw = Vec::with_capacity((stride + 1) * height as usize);
    let blank = vec![0u8; stride];
    let row_at = |y: usize| -> Vec<u8> {
        let mut row = pixels
            .get(y * stride..((y + 1) * stride).min(pixels.len()))
            .unwrap_or(&[])
            .to_vec();
        row.resize(stride, 0);
        row
    };
    let mut previous = blank;
    for y in 0..height as usize {
        let row = row_at(y);
        let (filter, filtered) = (0u8..5)
            .map(|filter| (filter, filter_row(filter, &row, &previous)))
            .min_by_key(|(_, f)| {
                f.iter()
                    .map(|b| (*b as i8).unsigned_abs() as u32)
                    .sum::<u32>()
            })
            .unwrap_or((0, row.clone()));
        raw.push(filter);
        raw.extend_from_slice(&filtered);
        previous = row;
    }
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut out = SIGNATURE.to_vec();
    push_chunk(&mut out, b"IHDR", &header);
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 9);
    push_chunk(&mut out, b"IDAT", &compressed);
    push_chunk(&mut out, b"IEND", &[]);
    out
}

/// One row filtered with PNG filter `kind` (0 none, 1 sub, 2 up, 3 average, 4 Paeth), four
/// bytes a pixel.
fn filter_row(kind: u8, row: &[u8], above: &[u8]) -> Vec<u8> {
    (0..row.len())
        .map(|i| {
            let x = row[i];
            let a = if i >= 4 { row[i - 4] } else { 0 };
            let b = above.get(i).copied().unwrap_or(0);
            let c = if i >= 4 {
                above.get(i - 4).copied().unwrap_or(0)
            } else {
                0
            };
            let predicted = match kind {
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => paeth(a, b, c),
                _ => 0,
            };
            x.wrapping_sub(predicted)
        })
        .collect()
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

fn push_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32fast::hash(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// The bytes of a stored image copy: shared, so that the draft, the submitted form and the
/// live form holding the same picture hold it once in memory, and comparing them is quick.
/// In JSON it is base64 text; empty when no copy is kept.
#[derive(Clone, Default)]
pub struct PngData(Arc<[u8]>);

impl PngData {
    /// A copy holding `bytes`.
    pub fn new(bytes: Vec<u8>) -> PngData {
        PngData(bytes.into())
    }

    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// How many bytes it takes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no copy is kept.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl PartialEq for PngData {
    fn eq(&self, other: &PngData) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Eq for PngData {}

impl fmt::Debug for PngData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PngData({} bytes)", self.0.len())
    }
}

impl Serialize for PngData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for PngData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<PngData, D::Error> {
        let text = String::deserialize(deserializer)?;
        STANDARD
            .decode(text.as_bytes())
            .map(PngData::new)
            .map_err(|_| serde::de::Error::custom("an image copy is not base64"))
    }
}
