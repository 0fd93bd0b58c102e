//! The fix strategies, one file each, behind one trait. Adding a strategy is a
//! file here, a line in `REGISTRY` and its mail template in `patches/`; the
//! command line, `suggest`, the mails and `check` take it from the registry.

mod frame_address;
mod frame_pointer;
mod reorder;

pub use frame_address::frame_address_edits;
pub use frame_pointer::kconfig_frame_pointer_edits;
pub use reorder::reorder_edits;

use crate::fixes::edit_proof::Change;
use crate::fixes::source::{AsmStatement, Edit};
use std::path::Path;

/// One way to fix a site.
pub trait FixStrategy: Sync {
    /// Its name on the command line, in file names and in reports (`reorder`).
    fn name(&self) -> &'static str;
    /// One line for `--help`.
    fn summary(&self) -> &'static str;
    /// The mail template (`patches/NAME.txt`, compiled in): `subject: …`, a
    /// `---` line, then the body with `{placeholders}` (see `draft`).
    fn template(&self) -> &'static str;
    /// The edit for one site: the file it changes and how.
    fn edit(&self, site: &SiteText) -> Result<FileEdit, String>;
    /// What `edit_proof` must show of an edit to the asm statement before the
    /// draft exists (the edit must then be to the statement's own file); None
    /// when the edit is elsewhere (a Kconfig change, which `check`'s builds
    /// measure).
    fn proof(&self) -> Option<Change>;
    /// The same draft for every site (a configuration change): drafted once
    /// per run, named by this tag instead of the statement's function, and
    /// without a `Fixes:` tag from the statement's history.
    fn per_tree(&self) -> Option<&'static str> {
        None
    }
}

/// What a strategy sees of a site: the tree, the statement's file (relative
/// to the tree, and its text) and the parsed statement.
pub struct SiteText<'a> {
    pub tree: &'a Path,
    pub rel: &'a str,
    pub text: &'a str,
    pub stmt: &'a AsmStatement,
}

/// A strategy's edit: the tree-relative file, its text before, the edits.
pub struct FileEdit {
    pub path: String,
    pub old: String,
    pub edits: Vec<Edit>,
}

/// Every strategy, in the order they are drafted and listed.
static REGISTRY: [&dyn FixStrategy; 3] = [
    &reorder::Reorder,
    &frame_address::FrameAddress,
    &frame_pointer::FramePointer,
];

/// A strategy of the registry, by position: what options, drafts and reports
/// carry.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Strategy(usize);

impl Strategy {
    /// Every strategy of the registry.
    pub const ALL: [Strategy; REGISTRY.len()] = {
        let mut all = [Strategy(0); REGISTRY.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = Strategy(i);
            i += 1;
        }
        all
    };

    pub fn get(self) -> &'static dyn FixStrategy {
        REGISTRY[self.0]
    }

    pub fn name(self) -> &'static str {
        self.get().name()
    }

    /// The strategy named `name`.
    pub fn named(name: &str) -> Option<Strategy> {
        Strategy::ALL.into_iter().find(|s| s.name() == name)
    }
}

impl std::fmt::Debug for Strategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for Strategy {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl clap::ValueEnum for Strategy {
    fn value_variants<'a>() -> &'a [Self] {
        &Strategy::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()).help(self.get().summary()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_templates_have_a_subject() {
        let mut names: Vec<&str> = Strategy::ALL.iter().map(|s| s.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Strategy::ALL.len());
        for s in Strategy::ALL {
            assert_eq!(Strategy::named(s.name()), Some(s));
            let (head, _) = s.get().template().split_once("\n---\n").unwrap();
            assert!(head.lines().any(|l| l.starts_with("subject: ")), "{s:?}");
        }
    }
}
