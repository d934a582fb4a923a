//! What the page keeps of the user's work, and when: one state machine for autosave, the
//! kept roster coming back from storage, and a shared view shown over the user's own kept
//! work. [`Keeping`] is where things stand (held in the page's state, changed by what the
//! user does); [`Autosave`] remembers what was written last and says, after each change,
//! what to write now. Pure: the page does the writing (local storage and IndexedDB) and
//! the tests here check the rules natively.

use super::saved::SavedState;

/// Where keeping stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Keeping {
    /// Every change is kept.
    On {
        /// The roster on screen is the one in storage (restored, not changed since): it
        /// need not be written again.
        roster_kept: bool,
        /// The kept roster could not be read back (the settings were): said to the user.
        restore_failed: bool,
    },
    /// A share link or shared file is shown while the user's own, different work stays
    /// kept: nothing is written until they choose to keep the shared view (or go back to
    /// their own).
    Shared,
    /// The kept roster is being read back from IndexedDB, for this kept record: nothing is
    /// written meanwhile.
    Restoring(Box<SavedState>),
}

impl Default for Keeping {
    fn default() -> Self {
        Keeping::fresh()
    }
}

impl Keeping {
    /// Keeping on, nothing kept of what is on screen.
    pub fn fresh() -> Keeping {
        Keeping::On {
            roster_kept: false,
            restore_failed: false,
        }
    }

    /// Keeping on, the roster on screen being the kept one.
    pub fn kept() -> Keeping {
        Keeping::On {
            roster_kept: true,
            restore_failed: false,
        }
    }

    /// Nothing is written now (a shared view, or the kept roster still coming back).
    pub fn paused(&self) -> bool {
        !matches!(self, Keeping::On { .. })
    }

    /// The roster on screen is the kept one.
    pub fn roster_kept(&self) -> bool {
        matches!(
            self,
            Keeping::On {
                roster_kept: true,
                ..
            }
        )
    }

    /// The kept roster could not be read back.
    pub fn restore_failed(&self) -> bool {
        matches!(
            self,
            Keeping::On {
                restore_failed: true,
                ..
            }
        )
    }

    /// The record whose roster is coming back, if it is.
    pub fn restoring(&self) -> Option<&SavedState> {
        match self {
            Keeping::Restoring(saved) => Some(saved),
            _ => None,
        }
    }

    /// The user put a roster of their own on screen (or started typing one): a kept
    /// roster still coming back must not replace it, and it is not the kept one. A shared
    /// view stays one: the user's own kept work is still not replaced.
    pub fn own_roster(&mut self) {
        if !matches!(self, Keeping::Shared) {
            *self = Keeping::fresh();
        }
    }

    /// The kept roster came back: the record it belongs to, if it is still awaited (not
    /// when the user has put another roster on screen meanwhile). Keeping goes on, the
    /// roster on screen being the kept one.
    pub fn restored(&mut self) -> Option<Box<SavedState>> {
        match std::mem::replace(self, Keeping::kept()) {
            Keeping::Restoring(saved) => Some(saved),
            other => {
                *self = other;
                None
            }
        }
    }

    /// The kept roster could not be read back: said, if it was still awaited.
    pub fn restore_failed_now(&mut self) {
        if matches!(self, Keeping::Restoring(_)) {
            *self = Keeping::On {
                roster_kept: false,
                restore_failed: true,
            };
        }
    }

    /// The user keeps the shared view: autosave resumes and replaces their earlier work.
    pub fn keep_shared(&mut self) {
        if matches!(self, Keeping::Shared) {
            *self = Keeping::fresh();
        }
    }
}

/// What to write after a change.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Nothing is written now ([`Keeping::paused`]).
    Paused,
    /// Nothing of the user's: keep nothing; `clear` says to remove what storage holds
    /// (not when the page has just opened: a record this version cannot read, a newer
    /// one's, stays until the user makes something of their own).
    Nothing {
        /// Remove what storage holds.
        clear: bool,
    },
    /// Write these.
    Save {
        /// The settings record, as JSON, when it changed.
        record: Option<String>,
        /// The roster's text is to be written, this write numbered so: only the newest
        /// write's outcome is told ([`Autosave::is_newest`]).
        roster: Option<u64>,
    },
}

/// What autosave wrote last: the record's JSON and the roster (by whatever identity the
/// page gives it, `R`), with a number for each roster write.
#[derive(Debug)]
pub struct Autosave<R> {
    record: String,
    roster: R,
    writes: u64,
    opened: bool,
}

impl<R: PartialEq + Clone> Autosave<R> {
    /// Autosave on a page that opened with `roster` (what storage holds already, or, for
    /// a shared view, what it does not: the caller passes an empty roster then).
    pub fn new(roster: R) -> Autosave<R> {
        Autosave {
            record: String::new(),
            roster,
            writes: 0,
            opened: false,
        }
    }

    /// After a change: what to write, given where keeping stands, the settings record as
    /// JSON, the roster on screen and whether the page holds nothing of the user's (no
    /// roster, the page's own starting settings).
    pub fn step(&mut self, keeping: &Keeping, record: String, roster: &R, nothing: bool) -> Step {
        if keeping.paused() {
            return Step::Paused;
        }
        let first = !std::mem::replace(&mut self.opened, true);
        if nothing {
            self.record.clear();
            self.roster = roster.clone();
            self.writes += 1;
            return Step::Nothing { clear: !first };
        }
        let record = (self.record != record).then_some(record);
        let roster = if self.roster == *roster {
            None
        } else {
            self.roster = roster.clone();
            if keeping.roster_kept() {
                // Restored from storage: already kept there.
                None
            } else {
                self.writes += 1;
                Some(self.writes)
            }
        };
        Step::Save { record, roster }
    }

    /// The settings record was written: it need not be written again until it changes.
    pub fn record_written(&mut self, record: String) {
        self.record = record;
    }

    /// Roster write `n` is the newest: its outcome is the one to tell.
    pub fn is_newest(&self, n: u64) -> bool {
        n == self.writes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::saved::SAVED_VERSION;

    fn record() -> SavedState {
        let settings = crate::domain::Settings::default();
        SavedState {
            version: SAVED_VERSION,
            scheme: settings.scheme,
            compare: None,
            interactions: settings.interactions,
            basis: settings.basis,
            rate_card: settings.rate_card,
            default_platform: crate::domain::Platform::TikTok,
            infer_platform: false,
            mapping: Vec::new(),
            budget: Default::default(),
            source: crate::domain::saved::SavedSource::Pasted,
        }
    }

    #[test]
    fn a_kept_roster_coming_back_is_shown_unless_the_user_brought_another() {
        let mut k = Keeping::Restoring(Box::new(record()));
        assert!(k.paused());
        assert_eq!(k.restoring(), Some(&record()));
        assert_eq!(k.restored(), Some(Box::new(record())));
        assert_eq!(k, Keeping::kept());
        assert!(k.roster_kept() && !k.paused());

        let mut k = Keeping::Restoring(Box::new(record()));
        k.own_roster();
        assert_eq!(k, Keeping::fresh());
        assert_eq!(k.restored(), None, "too late: the user's own roster stays");
        assert_eq!(k, Keeping::fresh());
        k.restore_failed_now();
        assert!(!k.restore_failed(), "nothing was awaited");

        let mut k = Keeping::Restoring(Box::new(record()));
        k.restore_failed_now();
        assert!(k.restore_failed() && !k.paused() && !k.roster_kept());
    }

    #[test]
    fn a_shared_view_writes_nothing_until_kept_even_over_a_roster_of_the_user_s() {
        let mut k = Keeping::Shared;
        k.own_roster();
        assert_eq!(k, Keeping::Shared);
        let mut a = Autosave::new(0u32);
        assert_eq!(a.step(&k, "{}".into(), &7, false), Step::Paused);
        k.keep_shared();
        assert_eq!(k, Keeping::fresh());
        assert_eq!(
            a.step(&k, "{}".into(), &7, false),
            Step::Save {
                record: Some("{}".into()),
                roster: Some(1)
            }
        );
    }

    #[test]
    fn each_change_writes_what_changed_and_only_the_newest_roster_write_is_told() {
        let k = Keeping::fresh();
        let mut a = Autosave::new(0u32);
        // Opening on nothing: nothing kept, nothing cleared.
        assert_eq!(
            a.step(&k, "{a}".into(), &0, true),
            Step::Nothing { clear: false }
        );
        let Step::Save { record, roster } = a.step(&k, "{a}".into(), &1, false) else {
            panic!("a roster to keep");
        };
        assert_eq!((record.as_deref(), roster), (Some("{a}"), Some(2)));
        a.record_written("{a}".into());
        // A setting changes, the roster does not.
        assert_eq!(
            a.step(&k, "{b}".into(), &1, false),
            Step::Save {
                record: Some("{b}".into()),
                roster: None
            }
        );
        // The record was refused (not written): it is tried again with the next change.
        assert_eq!(
            a.step(&k, "{b}".into(), &2, false),
            Step::Save {
                record: Some("{b}".into()),
                roster: Some(3)
            }
        );
        a.record_written("{b}".into());
        assert_eq!(
            a.step(&k, "{b}".into(), &3, false),
            Step::Save {
                record: None,
                roster: Some(4)
            }
        );
        assert!(!a.is_newest(3) && a.is_newest(4));
        // "Clear my data": nothing of the user's, storage cleared.
        assert_eq!(
            a.step(&k, "{}".into(), &0, true),
            Step::Nothing { clear: true }
        );
        assert!(!a.is_newest(4), "a write still finishing is not told");
    }

    #[test]
    fn a_restored_roster_is_not_written_again_but_an_edit_of_it_is() {
        let mut k = Keeping::kept();
        let mut a = Autosave::new(0u32);
        assert_eq!(
            a.step(&k, "{a}".into(), &5, false),
            Step::Save {
                record: Some("{a}".into()),
                roster: None
            }
        );
        k.own_roster();
        assert_eq!(
            a.step(&k, "{a}".into(), &6, false),
            Step::Save {
                record: Some("{a}".into()),
                roster: Some(1)
            }
        );
    }
}
