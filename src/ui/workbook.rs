//! Reading a spreadsheet workbook in a web worker of its own, loaded only when a workbook
//! arrives: the workbook reader (calamine) is a separate WebAssembly module
//! (`src/bin/workbook.rs`), so the page's first load does not carry it.

use gloo_worker::oneshot::oneshot;
use gloo_worker::Spawnable;
use serde::{Deserialize, Serialize};

use crate::domain::sniff::WorkbookKind;
use crate::domain::spreadsheet::{SheetText, WorkbookError};

/// What the worker is asked: a workbook's bytes, its kind and which sheet (`None`: the
/// first one that holds anything).
#[derive(Serialize, Deserialize)]
pub struct SheetRequest {
    /// The whole workbook file.
    pub bytes: Vec<u8>,
    /// Its format, as sniffed from its first bytes.
    pub kind: WorkbookKind,
    /// The sheet to read, by 0-based index among the worksheets; `None`: the first that
    /// holds anything.
    pub sheet: Option<usize>,
}

/// The worker's task: one sheet of the workbook as tab-separated text.
#[oneshot]
pub async fn ReadSheet(request: SheetRequest) -> Result<SheetText, WorkbookError> {
    read(&request)
}

#[cfg(feature = "workbooks")]
fn read(request: &SheetRequest) -> Result<SheetText, WorkbookError> {
    crate::domain::spreadsheet::sheet_text(&request.bytes, request.kind, request.sheet)
}

/// Built without the workbook reader (the page itself): only the worker reads workbooks.
#[cfg(not(feature = "workbooks"))]
fn read(_: &SheetRequest) -> Result<SheetText, WorkbookError> {
    Err(WorkbookError::NoReader)
}

/// The worker's loader script, beside the page (trunk writes it: `data-loader-shim`).
const LOADER: &str = "./workbook_loader.js";

/// Reads a sheet in the worker (started for this one request and ended after it), then
/// calls `done` with the result.
pub fn read_sheet(
    request: SheetRequest,
    done: impl FnOnce(Result<SheetText, WorkbookError>) + 'static,
) {
    let mut bridge = ReadSheet::spawner().spawn_with_loader(LOADER);
    wasm_bindgen_futures::spawn_local(async move {
        done(bridge.run(request).await);
    });
}
