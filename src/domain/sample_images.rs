//! The sample offer's pictures, drawn here: its four logos (a server glyph on a blue tile,
//! and the wide one with the word CONTOSO) and a screenshot of a monitoring dashboard, each
//! at its required size and encoded as PNG ([`super::png::encode_rgba`]).
//!
//! They are drawn once per program and shared ([`std::sync::OnceLock`]): every sample form,
//! test offer and benchmark copy holds the same bytes. Their sizes are those of real logos and
//! an interface screenshot saved as PNG (a few KB per logo, tens of KB for the screenshot),
//! so that the benchmark's typical offer weighs what a publisher's would.

use super::png::{encode_rgba, PngData};
use super::rng::hash;
use std::sync::OnceLock;

type Rgba = [u8; 4];

const BLUE: Rgba = [0, 94, 184, 255];
const DEEP: Rgba = [0, 48, 112, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const INK: Rgba = [32, 38, 46, 255];
const PAPER: Rgba = [244, 246, 249, 255];
const LINE: Rgba = [214, 220, 228, 255];
const GREEN: Rgba = [16, 124, 16, 255];
const ORANGE: Rgba = [202, 80, 16, 255];

/// A picture being drawn: RGBA pixels, row by row.
struct Canvas {
    width: u32,
    height: u32,
    pixels: Vec<u8>,
}

impl Canvas {
    fn new(width: u32, height: u32, fill: Rgba) -> Canvas {
        let pixels = fill
            .iter()
            .copied()
            .cycle()
            .take(width as usize * height as usize * 4)
            .collect();
        Canvas {
            width,
            height,
            pixels,
        }
    }

    /// Blends `color` into pixel (x, y) by `coverage` (0 to 1).
    fn blend(&mut self, x: i64, y: i64, color: Rgba, coverage: f32) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let alpha = coverage.clamp(0.0, 1.0) * f32::from(color[3]) / 255.0;
        let at = (y as usize * self.width as usize + x as usize) * 4;
        for (channel, new) in color.iter().take(3).enumerate() {
            let old = f32::from(self.pixels[at + channel]);
            let new = f32::from(*new);
            self.pixels[at + channel] = (old + (new - old) * alpha).round() as u8;
        }
        let old_alpha = f32::from(self.pixels[at + 3]) / 255.0;
        self.pixels[at + 3] = ((old_alpha + (1.0 - old_alpha) * alpha) * 255.0).round() as u8;
    }

    /// Fills a rounded rectangle (corners of radius `r`), edges anti-aliased.
    fn rounded(&mut self, x: f32, y: f32, w: f32, h: f32, r: f32, color: Rgba) {
        let (x0, y0) = (x.floor() as i64, y.floor() as i64);
        let (x1, y1) = ((x + w).ceil() as i64, (y + h).ceil() as i64);
        for py in y0..y1 {
            for px in x0..x1 {
                let (cx, cy) = (px as f32 + 0.5, py as f32 + 0.5);
                // Distance outside the rounded rectangle (negative inside).
                let dx = (cx - (x + w / 2.0)).abs() - (w / 2.0 - r);
                let dy = (cy - (y + h / 2.0)).abs() - (h / 2.0 - r);
                let outside =
                    (dx.max(0.0).powi(2) + dy.max(0.0).powi(2)).sqrt() + dx.max(dy).min(0.0);
                self.blend(px, py, color, 0.5 - (outside - r));
            }
        }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgba) {
        self.rounded(x, y, w, h, 0.0, color);
    }

    fn circle(&mut self, cx: f32, cy: f32, r: f32, color: Rgba) {
        self.rounded(cx - r, cy - r, 2.0 * r, 2.0 * r, r, color);
    }

    /// A line of thickness `t` from (ax, ay) to (bx, by), anti-aliased.
    fn line(&mut self, (ax, ay): (f32, f32), (bx, by): (f32, f32), t: f32, color: Rgba) {
        let (x0, x1) = (ax.min(bx) - t, ax.max(bx) + t);
        let (y0, y1) = (ay.min(by) - t, ay.max(by) + t);
        let (dx, dy) = (bx - ax, by - ay);
        let length2 = (dx * dx + dy * dy).max(1e-6);
        for py in y0.floor() as i64..y1.ceil() as i64 {
            for px in x0.floor() as i64..x1.ceil() as i64 {
                let (cx, cy) = (px as f32 + 0.5, py as f32 + 0.5);
                let s = (((cx - ax) * dx + (cy - ay) * dy) / length2).clamp(0.0, 1.0);
                let (nx, ny) = (ax + s * dx - cx, ay + s * dy - cy);
                let distance = (nx * nx + ny * ny).sqrt();
                self.blend(px, py, color, t / 2.0 + 0.5 - distance);
            }
        }
    }

    /// Words in a 5 x 7 pixel font, each font pixel a `scale`-sized square.
    fn text(&mut self, x: f32, y: f32, scale: f32, text: &str, color: Rgba) {
        for (n, letter) in text.chars().enumerate() {
            let left = x + n as f32 * 6.0 * scale;
            for (row, bits) in glyph(letter).iter().enumerate() {
                for column in 0..5 {
                    if bits & (0b10000 >> column) != 0 {
                        let (gx, gy) = (left + column as f32 * scale, y + row as f32 * scale);
                        self.rect(gx, gy, scale, scale, color);
                    }
                }
            }
        }
    }

    fn png(self) -> PngData {
        PngData::new(encode_rgba(self.width, self.height, &self.pixels))
    }
}

/// A letter or digit of the 5 x 7 font (rows top to bottom, bit 4 the leftmost pixel).
fn glyph(c: char) -> [u8; 7] {
    match c.to_ascii_uppercase() {
        'A' => [14, 17, 17, 31, 17, 17, 17],
        'B' => [30, 17, 17, 30, 17, 17, 30],
        'C' => [14, 17, 16, 16, 16, 17, 14],
        'D' => [30, 17, 17, 17, 17, 17, 30],
        'E' => [31, 16, 16, 30, 16, 16, 31],
        'F' => [31, 16, 16, 30, 16, 16, 16],
        'G' => [14, 17, 16, 23, 17, 17, 15],
        'H' => [17, 17, 17, 31, 17, 17, 17],
        'I' => [14, 4, 4, 4, 4, 4, 14],
        'K' => [17, 18, 20, 24, 20, 18, 17],
        'L' => [16, 16, 16, 16, 16, 16, 31],
        'M' => [17, 27, 21, 21, 17, 17, 17],
        'N' => [17, 25, 21, 19, 17, 17, 17],
        'O' => [14, 17, 17, 17, 17, 17, 14],
        'P' => [30, 17, 17, 30, 16, 16, 16],
        'Q' => [14, 17, 17, 17, 21, 18, 13],
        'R' => [30, 17, 17, 30, 20, 18, 17],
        'S' => [15, 16, 16, 14, 1, 1, 30],
        'T' => [31, 4, 4, 4, 4, 4, 4],
        'U' => [17, 17, 17, 17, 17, 17, 14],
        'V' => [17, 17, 17, 17, 17, 10, 4],
        'W' => [17, 17, 17, 21, 21, 21, 10],
        'Y' => [17, 17, 10, 4, 4, 4, 4],
        '0' => [14, 17, 19, 21, 25, 17, 14],
        '1' => [4, 12, 4, 4, 4, 4, 14],
        '2' => [14, 17, 1, 2, 4, 8, 31],
        '3' => [30, 1, 1, 14, 1, 1, 30],
        '4' => [2, 6, 10, 18, 31, 2, 2],
        '5' => [31, 16, 30, 1, 1, 17, 14],
        '6' => [6, 8, 16, 30, 17, 17, 14],
        '7' => [31, 1, 2, 4, 8, 8, 8],
        '8' => [14, 17, 17, 14, 17, 17, 14],
        '9' => [14, 17, 17, 15, 1, 2, 12],
        '%' => [24, 25, 2, 4, 8, 19, 3],
        '.' => [0, 0, 0, 0, 0, 12, 12],
        ':' => [0, 12, 12, 0, 12, 12, 0],
        _ => [0; 7],
    }
}

/// The server glyph on a rounded blue tile, filling a `size` x `size` logo.
fn tile_logo(size: u32) -> PngData {
    let s = size as f32;
    let mut canvas = Canvas::new(size, size, [0, 0, 0, 0]);
    canvas.rounded(0.0, 0.0, s, s, s * 0.18, DEEP);
    canvas.rounded(s * 0.04, s * 0.04, s * 0.92, s * 0.92, s * 0.16, BLUE);
    server_glyph(&mut canvas, s * 0.22, s * 0.2, s * 0.56);
    canvas.png()
}

/// Three stacked server units with their lights, in a box of `w` at (x, y).
fn server_glyph(canvas: &mut Canvas, x: f32, y: f32, w: f32) {
    let unit = w * 0.3;
    for n in 0..3 {
        let top = y + n as f32 * unit * 1.2;
        canvas.rounded(x, top, w, unit, unit * 0.25, WHITE);
        canvas.circle(x + w * 0.16, top + unit / 2.0, unit * 0.16, GREEN);
        canvas.rect(x + w * 0.4, top + unit * 0.42, w * 0.45, unit * 0.16, LINE);
    }
}

/// The wide logo: the tile and the word CONTOSO on white.
fn wide_logo() -> PngData {
    let mut canvas = Canvas::new(255, 115, WHITE);
    canvas.rounded(12.0, 17.0, 81.0, 81.0, 14.0, BLUE);
    server_glyph(&mut canvas, 30.0, 33.0, 45.0);
    canvas.text(104.0, 38.0, 3.6, "CONTOSO", DEEP);
    canvas.text(106.0, 74.0, 1.6, "WEB SERVER", INK);
    canvas.png()
}

/// A 533 x 324 screenshot of the offer's monitoring dashboard: a title bar, a menu, three
/// figures and a day of requests and latency drawn from a seeded random walk.
fn dashboard() -> PngData {
    let mut canvas = Canvas::new(533, 324, PAPER);
    canvas.rect(0.0, 0.0, 533.0, 34.0, DEEP);
    canvas.text(14.0, 11.0, 2.0, "CONTOSO WEB SERVER", WHITE);
    canvas.rect(0.0, 34.0, 92.0, 290.0, WHITE);
    for (n, item) in ["STATUS", "TRAFFIC", "LOGS", "UPDATES", "TLS"]
        .iter()
        .enumerate()
    {
        let top = 50.0 + n as f32 * 24.0;
        if n == 1 {
            canvas.rect(0.0, top - 6.0, 92.0, 20.0, [222, 236, 249, 255]);
        }
        canvas.text(12.0, top, 1.0, item, INK);
    }
    let figures = [
        ("UPTIME", "99.98%", GREEN),
        ("REQUESTS", "1.2M", BLUE),
        ("P95 MS", "42", ORANGE),
    ];
    for (n, (label, value, color)) in figures.iter().enumerate() {
        let left = 104.0 + n as f32 * 143.0;
        canvas.rounded(left, 46.0, 133.0, 60.0, 6.0, WHITE);
        canvas.text(left + 10.0, 56.0, 1.0, label, INK);
        canvas.text(left + 10.0, 74.0, 3.0, value, *color);
    }
    canvas.rounded(104.0, 118.0, 419.0, 194.0, 6.0, WHITE);
    canvas.text(116.0, 128.0, 1.0, "REQUESTS AND LATENCY 24 H", INK);
    for n in 0..5 {
        let y = 150.0 + n as f32 * 36.0;
        canvas.line((116.0, y), (510.0, y), 1.0, LINE);
    }
    // A uniform draw in 0..1 for step `n` of walk `stream`.
    let unit =
        |stream: u64, n: u64| (hash(2018, stream * 1000 + n) >> 40) as f32 / (1u64 << 24) as f32;
    let walk = |stream: u64, level: f32, spread: f32| {
        let mut value = level;
        (0..=96u64)
            .map(|n| {
                value = (value + (unit(stream, n) - 0.5) * spread).clamp(8.0, 140.0);
                (116.0 + n as f32 * 4.1, 294.0 - value)
            })
            .collect::<Vec<_>>()
    };
    let requests = walk(1, 80.0, 26.0);
    let latency = walk(2, 30.0, 14.0);
    for points in [(&requests, BLUE), (&latency, ORANGE)] {
        for pair in points.0.windows(2) {
            canvas.line(pair[0], pair[1], 1.6, points.1);
        }
    }
    for (n, &(x, y)) in requests.iter().enumerate().step_by(4) {
        let shade = [0, 94, 184, 40 + (n as u8 % 7) * 6];
        canvas.rect(x - 1.5, y, 3.0, 294.0 - y, shade);
    }
    canvas.png()
}

/// One drawn picture, made on first use.
fn once(cell: &'static OnceLock<PngData>, draw: fn() -> PngData) -> PngData {
    cell.get_or_init(draw).clone()
}

/// The 40 x 40 logo.
pub fn small_logo() -> PngData {
    static CELL: OnceLock<PngData> = OnceLock::new();
    once(&CELL, || tile_logo(40))
}

/// The 90 x 90 logo.
pub fn medium_logo() -> PngData {
    static CELL: OnceLock<PngData> = OnceLock::new();
    once(&CELL, || tile_logo(90))
}

/// The 115 x 115 logo.
pub fn large_logo() -> PngData {
    static CELL: OnceLock<PngData> = OnceLock::new();
    once(&CELL, || tile_logo(115))
}

/// The 255 x 115 logo.
pub fn wide() -> PngData {
    static CELL: OnceLock<PngData> = OnceLock::new();
    once(&CELL, wide_logo)
}

/// The 533 x 324 screenshot (also the video's thumbnail).
pub fn screenshot() -> PngData {
    static CELL: OnceLock<PngData> = OnceLock::new();
    once(&CELL, dashboard)
}
