//! The workbook worker: reads a sheet of a spreadsheet workbook for the web app
//! ([`tierwise::ui::workbook`]), in a WebAssembly module loaded only when one arrives.

#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo_worker::Registrable;
    tierwise::ui::workbook::ReadSheet::registrar().register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "workbook is the web app's worker: `tierwise analyze FILE.xlsx` reads workbooks natively."
    );
}
