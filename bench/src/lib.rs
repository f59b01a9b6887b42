//! The cohort assignment solver behind a tiny interface for `make bench`:
//! [`solve`] for the native timer (src/main.rs), and on wasm32 two plain
//! exported functions (no wasm-bindgen) that bench/wasm.mjs calls from a
//! page in headless Chromium.

use libranet_core::mentoring::assign::assign;

/// Solves one cohort where every mentor has the same `capacity` and returns
/// the total cost of the best assignment.
pub fn solve(costs: &[i32], mentees: usize, mentors: usize, capacity: u32) -> i64 {
    assign(costs, mentees, &vec![capacity; mentors]).total_cost
}

/// Turns the little-endian `i32` cost file bench/assign.py writes into costs.
pub fn costs_from_le_bytes(bytes: &[u8]) -> Vec<i32> {
    assert!(
        bytes.len().is_multiple_of(4),
        "the cost file holds whole i32 values"
    );
    bytes
        .chunks_exact(4)
        .map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect()
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    /// Reserves room for `count` costs in linear memory and returns where,
    /// for the page to copy them in. Never freed: the page makes one call.
    #[allow(unsafe_code)] // exporting under a fixed name is an unsafe attribute
    #[unsafe(no_mangle)]
    pub extern "C" fn alloc(count: usize) -> *mut i32 {
        vec![0i32; count].leak().as_mut_ptr()
    }

    /// Solves the cohort whose `mentees × mentors` costs start at `costs`,
    /// every mentor taking `capacity` mentees; returns the total cost.
    ///
    /// # Safety
    ///
    /// `costs` must come from [`alloc`] called with at least
    /// `mentees * mentors`.
    #[allow(unsafe_code)] // raw pointer from JavaScript, and a fixed export name
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn solve(
        costs: *const i32,
        mentees: usize,
        mentors: usize,
        capacity: u32,
    ) -> i64 {
        // SAFETY: per this function's contract `costs` is the start of a live,
        // aligned allocation from `alloc` of at least `mentees * mentors`
        // initialised i32s, and nothing writes to it while this call runs
        // (wasm is single-threaded here and the page waits for the result).
        let costs = unsafe { std::slice::from_raw_parts(costs, mentees * mentors) };
        super::solve(costs, mentees, mentors, capacity)
    }
}
