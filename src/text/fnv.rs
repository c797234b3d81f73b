//! FNV-1a, the small stable hash the crate keys and shards text with: the
//! same value on every run and platform, unlike the standard library's
//! randomised hasher. Pure.

/// FNV-1a's 64-bit starting state.
pub const START_64: u64 = 0xcbf2_9ce4_8422_2325;

/// 64-bit FNV-1a of `bytes`.
pub fn fnv1a_64(bytes: &[u8]) -> u64 {
    fnv1a_64_from(START_64, bytes)
}

/// 64-bit FNV-1a carried on from `h` over `bytes`: hashing pieces one after
/// another hashes their concatenation.
pub fn fnv1a_64_from(h: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// 32-bit FNV-1a of `bytes`.
pub fn fnv1a_32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // The published test vectors of FNV-1a.
        assert_eq!(fnv1a_32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a_32(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_64_from(fnv1a_64(b"ab"), b"cd"), fnv1a_64(b"abcd"));
    }
}
