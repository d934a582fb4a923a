//! A reader of fuzz input bytes as small choices: each call takes a few bytes from the
//! front, and once they run out every choice is its smallest (0, false, the first item).
//! Deterministic, so a saved input replays the same case under `cargo test`.

pub struct Bytes<'a> {
    data: &'a [u8],
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Bytes<'a> {
        Bytes { data }
    }

    /// What is left (for a target that reads the rest as text).
    pub fn rest(&mut self) -> &'a [u8] {
        std::mem::take(&mut self.data)
    }

    pub fn u8(&mut self) -> u8 {
        match self.data.split_first() {
            Some((b, rest)) => {
                self.data = rest;
                *b
            }
            None => 0,
        }
    }

    /// `n` bytes, little-endian.
    fn uint(&mut self, n: usize) -> u64 {
        (0..n).fold(0u64, |acc, i| acc | (u64::from(self.u8()) << (8 * i)))
    }

    pub fn u16(&mut self) -> u16 {
        self.uint(2) as u16
    }

    pub fn u32(&mut self) -> u32 {
        self.uint(4) as u32
    }

    pub fn u64(&mut self) -> u64 {
        self.uint(8)
    }

    pub fn bool(&mut self) -> bool {
        self.u8() & 1 == 1
    }

    /// True about once in `n` (from one byte).
    pub fn one_in(&mut self, n: u8) -> bool {
        self.u8().is_multiple_of(n.max(1))
    }

    /// A number in `0..n` (0 when `n` is 0): from one byte when `n` fits in one.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let x = if n <= 256 {
            u64::from(self.u8())
        } else if n <= 65_536 {
            u64::from(self.u16())
        } else if n <= 1 << 32 {
            u64::from(self.u32())
        } else {
            self.u64()
        };
        x % n
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi.saturating_sub(lo).saturating_add(1))
    }

    /// One of `items` (which must not be empty).
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    /// Any f64 bit pattern: NaN, infinities, subnormals, negative zero.
    pub fn f64_bits(&mut self) -> f64 {
        f64::from_bits(self.u64())
    }
}
