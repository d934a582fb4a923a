//! What the page's roster is read from: bytes in the page's memory (the paste box, the
//! sample, a small file, a workbook's sheet), or a big file the page never copies. A big
//! file stays the browser's `Blob`: it is handed to the engine's worker (which streams it
//! into its own memory, [`read_blob`]) and to IndexedDB as it is, so the page neither holds
//! its bytes nor spends a long task copying them.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::ui::state::Shared;

/// A file above this size is handed on as a `Blob`; smaller ones are read into the page
/// (they are shown in the paste box, which a big one is not either).
pub const BIG_FILE: u64 = 512 * 1024;

/// How much of a big file the page reads itself: enough to tell what it is (a workbook, an
/// image, a file saved by "Save as a file"…) from its first bytes.
pub const HEAD: u64 = 64 * 1024;

/// What the roster is read from.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    /// Bytes in the page's memory (compared by identity: the same bytes, not equal ones).
    Bytes(Shared<Vec<u8>>),
    /// A big file, as the browser holds it (compared by identity too).
    Blob(web_sys::Blob),
}

impl Default for Input {
    fn default() -> Self {
        Input::Bytes(Shared::new(Vec::new()))
    }
}

impl Input {
    /// Bytes in the page's memory.
    pub fn bytes(bytes: Vec<u8>) -> Input {
        Input::Bytes(Shared::new(bytes))
    }

    /// Nothing to read.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The size in bytes.
    pub fn len(&self) -> u64 {
        match self {
            Input::Bytes(b) => b.len() as u64,
            Input::Blob(b) => b.size() as u64,
        }
    }

    /// All of the bytes, read from the blob when the input is one (only for what needs the
    /// whole text on the page: a share link or file, asked for by a click).
    pub async fn whole(&self) -> Result<Shared<Vec<u8>>, JsValue> {
        match self {
            Input::Bytes(b) => Ok(b.clone()),
            Input::Blob(b) => read_blob(b).await.map(Shared::new),
        }
    }
}

/// Reads a blob as a stream into one buffer of its size: the bytes are copied once, chunk
/// by chunk, with no whole-file copy beside them (in the worker, that buffer is what the
/// roster is read from).
pub async fn read_blob(blob: &web_sys::Blob) -> Result<Vec<u8>, JsValue> {
    let reader = web_sys::ReadableStreamDefaultReader::new(&blob.stream())?;
    let mut bytes = Vec::with_capacity(blob.size() as usize);
    loop {
        let step = JsFuture::from(reader.read()).await?;
        let done = js_sys::Reflect::get(&step, &JsValue::from_str("done"))?;
        if done.as_bool().unwrap_or(true) {
            break;
        }
        let chunk: js_sys::Uint8Array =
            js_sys::Reflect::get(&step, &JsValue::from_str("value"))?.dyn_into()?;
        let start = bytes.len();
        bytes.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut bytes[start..]);
    }
    Ok(bytes)
}

/// A roster kept by autosave, as it comes back: text, or (a big one) the file's blob.
#[derive(Clone, Debug, PartialEq)]
pub enum Kept {
    /// The roster's text.
    Text(String),
    /// The bytes of a big roster, as IndexedDB keeps them.
    Blob(web_sys::Blob),
}
