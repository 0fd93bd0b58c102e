//! Typed errors for what callers branch on: a bad input file is reported with its
//! path and the problem, and the remaining inputs are still processed.

use std::fmt;
use std::path::Path;

/// A problem with one input: its display path and a one-line description.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl InputError {
    pub fn new(path: impl AsRef<str>, message: impl Into<String>) -> Self {
        InputError {
            path: path.as_ref().to_string(),
            message: message.into(),
        }
    }

    pub fn io(path: &Path, err: std::io::Error) -> Self {
        InputError::new(path.display().to_string(), err.to_string())
    }
}
