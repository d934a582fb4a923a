//! The budget split against enumeration of every plan (see `tierwise_fuzz::split`).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tierwise_fuzz::split::check(data));
