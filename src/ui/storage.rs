//! Autosave in the browser's local storage: the settings record (`tierwise:state`) on every
//! change, the roster's text (`tierwise:input`) when it changes. Nothing leaves the machine.

use crate::domain::saved::SavedState;

const STATE_KEY: &str = "tierwise:state";
const INPUT_KEY: &str = "tierwise:input";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// What was kept: the settings record and the roster's text, if any.
pub fn load() -> Option<(SavedState, String)> {
    let s = storage()?;
    let state = SavedState::from_json(&s.get_item(STATE_KEY).ok().flatten()?)?;
    let text = s.get_item(INPUT_KEY).ok().flatten().unwrap_or_default();
    Some((state, text))
}

/// Why something could not be kept.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// No local storage (disabled, or a private window that refuses it).
    Unavailable,
    /// The browser refused (its quota): the roster of this many characters is not kept.
    Refused { chars: usize },
}

pub fn save_state(state: &SavedState) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    s.set_item(STATE_KEY, &state.to_json())
        .map_err(|_| SaveError::Refused { chars: 0 })
}

pub fn save_input(text: &str) -> Result<(), SaveError> {
    let s = storage().ok_or(SaveError::Unavailable)?;
    s.set_item(INPUT_KEY, text).map_err(|_| {
        // Keep no half: an older roster beside newer settings would mislead.
        let _ = s.remove_item(INPUT_KEY);
        SaveError::Refused {
            chars: text.chars().count(),
        }
    })
}

/// "Clear my data": removes everything kept.
pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STATE_KEY);
        let _ = s.remove_item(INPUT_KEY);
    }
}
