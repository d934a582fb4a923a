//! Reading and analysis of any bytes (see `tierwise_fuzz::read`), with every allocation
//! counted.
#![no_main]

#[global_allocator]
static ALLOC: tierwise_fuzz::alloc::Counting = tierwise_fuzz::alloc::Counting;

libfuzzer_sys::fuzz_target!(|data: &[u8]| tierwise_fuzz::read::check(data));
