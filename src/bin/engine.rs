//! The engine worker: plans budgets and sorts big rosters for the web app
//! ([`tierwise::ui::engine`]), off the page's own thread.

#[cfg(target_arch = "wasm32")]
fn main() {
    tierwise::ui::engine::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("engine is the web app's worker: `tierwise split` plans natively.");
}
