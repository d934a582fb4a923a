//! Share links, shared files and the autosave record (see `tierwise_fuzz::share`).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tierwise_fuzz::share::check(data));
