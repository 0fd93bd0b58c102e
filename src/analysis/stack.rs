//! Abstract interpretation of one function's stack: for every general register and
//! every stack slot, "holds CFA+k" (with the copy/spill/reload sites that carried
//! the value there) or not provable; joined at merge points to a fixed point.
//!
//! The reference point is the CFA (the value of %rsp before the `call` that entered
//! the function, so %rsp = CFA-8 at entry). Realignment (`and $-N,%rsp`) and allocas
//! (`sub %reg,%rsp`) start a new *anchor*: values and slots are then tracked relative
//! to the anchor, which is how DRAP frames and dynamic allocations stay provable.
//!
//! Soundness is by construction: a handful of precise rules cover the forms the
//! analysis understands (moves, loads, stores, `lea`, push/pop, constant
//! adjustments, calls); every other instruction goes through one generic rule
//! built from iced-x86's instruction info (every register and memory operand it
//! reads or writes, implicit ones included), which can only lose precision:
//! whatever it writes from a stack-derived input is "stack-derived, not provable"
//! (`Val::Lost`), memory it writes at an address that cannot be bounded clobbers
//! every slot it could reach. `Val::Ext` ("not derived from this frame") is given
//! only where no stack-derived value can have flowed.
//!
//! Two modes share the rules and differ in one place, stores and calls through
//! pointers into the frame:
//! - `Mode::Strict` assumes nothing beyond the SysV calling convention (callees
//!   preserve rbx rbp r12-r15 and rsp, return with DF clear, write only their
//!   own frame, their stack arguments and memory reachable from what they are
//!   given): once a pointer into the frame is out, any call or store through an
//!   unknown pointer may write any slot. Only Strict results are claims.
//! - `Mode::InBounds` additionally assumes C object bounds: a pointer into the
//!   frame reaches only the object it was taken from, and compiler spill slots
//!   are not inside such objects. Its results are reported as what would hold
//!   under that assumption, never as proof.

use crate::analysis::cfg::Cfg;
use crate::x86::decode::{CalleeContract, Flow, Insn};
use iced_x86::{InstructionInfoFactory, Mnemonic, OpAccess, OpKind, Register, RflagsBits};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub const RAX: usize = 0;
pub const RCX: usize = 1;
pub const RSP: usize = 4;
pub const RBP: usize = 5;

/// SysV x86-64: a `call` may clobber these (rax rcx rdx rsi rdi r8-r11).
pub const CALLER_SAVED: [usize; 9] = [0, 1, 2, 6, 7, 8, 9, 10, 11];

/// Registers a callee may take as arguments: the SysV argument registers, plus
/// %rax (varargs count; and the argument of many kernel asm callees).
pub const ARGUMENT_REGS: [usize; 7] = [7, 6, 2, 1, 8, 9, RAX];

pub const REG_NAMES: [&str; 16] = [
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15",
];

/// Index 0..16 of a 64-bit general register (iced orders RAX..R15 like the encoding).
pub fn gpr64(r: Register) -> Option<usize> {
    if r.is_gpr64() {
        Some(r as usize - Register::RAX as usize)
    } else {
        None
    }
}

/// Index of the 64-bit register that contains `r` (eax → rax), if it is a GPR.
pub fn gpr_full(r: Register) -> Option<usize> {
    if r.is_gpr() {
        gpr64(r.full_register())
    } else {
        None
    }
}

/// What an instruction did with a stack-derived value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SiteKind {
    /// %rsp (or an address computed from it) read into a register or stored.
    Copy,
    /// Register-to-register copy of a stack-derived value.
    Move,
    /// Stored to a stack slot.
    Spill,
    /// Loaded back from a stack slot.
    Reload,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ProvenanceSite {
    pub off: u32,
    pub kind: SiteKind,
}

/// The sites a value went through, sorted and deduplicated (union over paths).
pub type Prov = Rc<[ProvenanceSite]>;

const MAX_PROV: usize = 64;

fn prov_push(p: &Prov, site: ProvenanceSite) -> Prov {
    if p.contains(&site) {
        return p.clone();
    }
    let mut v: Vec<ProvenanceSite> = p.to_vec();
    if v.len() < MAX_PROV {
        let at = v.partition_point(|s| *s < site);
        v.insert(at, site);
    }
    v.into()
}

fn prov_union(a: &Prov, b: &Prov) -> Prov {
    if Rc::ptr_eq(a, b) || a[..] == b[..] {
        return a.clone();
    }
    let mut v: Vec<ProvenanceSite> = a.iter().chain(b.iter()).copied().collect();
    v.sort_unstable();
    v.dedup();
    v.truncate(MAX_PROV);
    v.into()
}

/// What stack addresses are relative to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Base {
    Cfa,
    /// The value of %rsp right after the realignment/alloca at this offset.
    Anchor(u32),
}

/// Why a stack-derived value can no longer be proven.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LostWhy {
    /// Held in a caller-saved register across this call.
    CallClobber,
    /// Its stack slot was overwritten by this store (or a call that had the slot's address).
    SlotOverwritten,
    /// Paths that meet here disagree about the value.
    PathsDisagree,
    /// Changed by a non-constant amount here, or computed by an instruction whose
    /// result the analysis does not model.
    NonConstant,
    /// Kept below %rsp, where an interrupt may overwrite it at any instruction.
    BelowRsp,
    /// Loaded from memory, or computed from a value, that may hold a stack
    /// address this function handed out earlier.
    FromMemory,
    /// Left by a call to a callee of this module whose code is not shown to
    /// keep the calling convention (`analysis::callee_contract`).
    CalleeContract,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lost {
    pub why: LostWhy,
    /// Offset of the instruction (or merge point) responsible.
    pub at: u32,
    /// The stack address it was computed from by arithmetic rspill does not
    /// follow (an index into the object there), when there is exactly one: C
    /// keeps such a pointer inside that object (what `Mode::InBounds` uses).
    pub object: Option<(Base, i64)>,
}

impl Lost {
    /// Whether the value may be a pointer into this frame that was not handed
    /// out yet. A caller-saved register after a call, a slot overwritten by a
    /// store or a callee, and memory outside the frame hold only what their
    /// writers had, and those could have had only pointers already handed out.
    pub fn may_point_into_frame(&self) -> bool {
        !matches!(
            self.why,
            LostWhy::CallClobber | LostWhy::SlotOverwritten | LostWhy::FromMemory
        )
    }
}

/// Marker for "at function entry" (the `at` of values lost before any instruction).
pub const AT_ENTRY: u32 = u32::MAX;
/// `Val::Ext` origins of the registers' values at entry: one per register, so
/// that two arguments are never taken for the same value.
const ENTRY_ORIGINS: u32 = u32::MAX - 32;

/// The `Val::Ext` origin of register `r`'s value at entry.
pub fn entry_origin(r: usize) -> u32 {
    ENTRY_ORIGINS + r as u32
}

/// Whether a `Val::Ext` origin is a value the function was entered with.
pub fn is_entry_origin(o: u32) -> bool {
    (ENTRY_ORIGINS..ENTRY_ORIGINS + 16).contains(&o)
}
/// The entry origin a stored value carries, if it is a register's value at entry.
fn entry_value(val: &Option<Val>) -> Option<u32> {
    match val {
        Some(Val::Ext(o)) if is_entry_origin(*o) => Some(*o),
        _ => None,
    }
}

/// `Val::Ext` origin of a value with no identity (a merge of different values, or
/// one of several registers written by one instruction): it matches no memory cell.
pub const NO_IDENTITY: u32 = u32::MAX - 1;

#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    /// base + k, proven on all paths.
    Stack { base: Base, k: i64, prov: Prov },
    /// Derived from the stack pointer on some path, but not provable here.
    Lost(Lost),
    /// Not derived from this function's stack (argument, global, return value);
    /// the offset says which instruction produced it (`AT_ENTRY` for arguments,
    /// `NO_IDENTITY` when no single instruction did).
    Ext(u32),
    /// A known constant (`mov $imm,%reg`, `xor %reg,%reg`): gives string
    /// instructions (`rep stos`) their length.
    Const(i64),
}

impl Val {
    pub fn cfa(k: i64) -> Val {
        Val::Stack {
            base: Base::Cfa,
            k,
            prov: Rc::from([]),
        }
    }

    fn lost(why: LostWhy, at: u32) -> Val {
        Val::Lost(Lost {
            why,
            at,
            object: None,
        })
    }

    pub fn stack_k(&self) -> Option<(Base, i64)> {
        match self {
            Val::Stack { base, k, .. } => Some((*base, *k)),
            _ => None,
        }
    }

    pub fn is_stack_derived(&self) -> bool {
        !matches!(self, Val::Ext(_) | Val::Const(_))
    }

    /// Some of this stack-derived value's bytes (a 32-bit store of a pointer,
    /// `push %ax`), as left by the instruction at `off`: not provable, and
    /// carrying no more than the whole value did (a piece of an address already
    /// handed out, or of an address into one object).
    fn piece(&self, off: u32) -> Val {
        match self {
            Val::Lost(l) if !l.may_point_into_frame() => Val::lost(l.why, off),
            _ => Val::Lost(Lost {
                why: LostWhy::NonConstant,
                at: off,
                object: object_of(self),
            }),
        }
    }

    /// The value plus `d`, computed by the instruction at `off`.
    fn offset_by(&self, d: i64, off: u32) -> Val {
        match self {
            Val::Stack { base, k, prov } => Val::Stack {
                base: *base,
                k: k.wrapping_add(d),
                prov: prov.clone(),
            },
            Val::Const(c) => Val::Const(c.wrapping_add(d)),
            // A different value than before: a new identity.
            Val::Ext(_) if d != 0 => Val::Ext(off),
            v => v.clone(),
        }
    }

    fn with_site(&self, site: ProvenanceSite) -> Val {
        match self {
            Val::Stack { base, k, prov } => Val::Stack {
                base: *base,
                k: *k,
                prov: prov_push(prov, site),
            },
            v => v.clone(),
        }
    }

    /// The value as %rsp itself holds it: no provenance (a copy starts afresh).
    fn as_rsp(&self) -> Val {
        match self {
            Val::Stack { base, k, .. } => Val::Stack {
                base: *base,
                k: *k,
                prov: Rc::from([]),
            },
            v => v.clone(),
        }
    }

    /// Least upper bound of two paths' values at merge point `at`.
    fn join(&self, other: &Val, at: u32) -> Val {
        match (self, other) {
            (
                Val::Stack {
                    base: b1,
                    k: k1,
                    prov: p1,
                },
                Val::Stack {
                    base: b2,
                    k: k2,
                    prov: p2,
                },
            ) if b1 == b2 && k1 == k2 => Val::Stack {
                base: *b1,
                k: *k1,
                prov: prov_union(p1, p2),
            },
            (Val::Lost(a), Val::Lost(b)) => {
                // Whichever may still be a new pointer into the frame decides the
                // reason: the join must not hide one.
                match (a.may_point_into_frame(), b.may_point_into_frame()) {
                    // A pointer handed out already adds no new object.
                    (true, false) => Val::Lost(*a),
                    (false, true) => Val::Lost(*b),
                    _ => {
                        let mut l = *a.min(b);
                        l.object = if a.object == b.object { a.object } else { None };
                        Val::Lost(l)
                    }
                }
            }
            (Val::Lost(l), Val::Stack { base, k, .. })
            | (Val::Stack { base, k, .. }, Val::Lost(l)) => {
                // One path has a new pointer into the frame: so does the join,
                // into the one object both may point into (if they agree).
                let why = if l.may_point_into_frame() {
                    l.why
                } else {
                    LostWhy::PathsDisagree
                };
                let object = match (l.may_point_into_frame(), l.object) {
                    (true, o) if o == Some((*base, *k)) => o,
                    (false, _) => Some((*base, *k)),
                    _ => None,
                };
                let at = if why == l.why { l.at } else { at };
                Val::Lost(Lost { why, at, object })
            }
            (Val::Lost(a), _) | (_, Val::Lost(a)) => Val::Lost(*a),
            (Val::Ext(a), Val::Ext(b)) if a == b => Val::Ext(*a),
            (Val::Const(a), Val::Const(b)) if a == b => Val::Const(*a),
            (Val::Ext(_) | Val::Const(_), Val::Ext(_) | Val::Const(_)) => Val::Ext(NO_IDENTITY),
            (Val::Stack { .. }, Val::Stack { .. }) => Val::lost(LostWhy::PathsDisagree, at),
            // A stack address on one path, something not from the frame on the
            // other: a pointer into that one object, or not a pointer at all.
            (Val::Stack { base, k, .. }, _) | (_, Val::Stack { base, k, .. }) => Val::Lost(Lost {
                why: LostWhy::PathsDisagree,
                at,
                object: Some((*base, *k)),
            }),
        }
    }
}

/// What a piece of memory or a set of inputs may carry, from least to most.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Content {
    /// Nothing derived from this frame's stack pointer.
    NotStack,
    /// At most stack addresses that were handed out already.
    HandedOut,
    /// Possibly a stack address not handed out yet (or a proven one).
    New,
}

/// The stack object a value points into, as far as in-bounds reasoning goes.
fn object_of(v: &Val) -> Option<(Base, i64)> {
    match v {
        Val::Stack { base, k, .. } => Some((*base, *k)),
        Val::Lost(l) if l.may_point_into_frame() => l.object,
        _ => None,
    }
}

impl Content {
    fn of(v: &Val) -> Content {
        match v {
            Val::Stack { .. } => Content::New,
            Val::Lost(l) if l.may_point_into_frame() => Content::New,
            Val::Lost(_) => Content::HandedOut,
            _ => Content::NotStack,
        }
    }

    /// The value an instruction computes from inputs carrying this.
    fn derived(self, off: u32) -> Option<Val> {
        self.derived_from(off, None)
    }

    /// The same, computed from the single stack object `object` (if known).
    fn derived_from(self, off: u32, object: Option<(Base, i64)>) -> Option<Val> {
        match self {
            Content::NotStack => None,
            Content::HandedOut => Some(Val::lost(LostWhy::FromMemory, off)),
            Content::New => Some(Val::Lost(Lost {
                why: LostWhy::NonConstant,
                at: off,
                object,
            })),
        }
    }
}

/// The direction flag (string instructions go up when clear, down when set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Df {
    Clear,
    Set,
    Unknown,
}

/// A value stored through a pointer from outside the frame (`mov %rsp,(%tos)` of
/// the kernel's `call_on_stack()` stack swizzle), read back by `pop %rsp`.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// `Val::Ext` origin of the pointer it was stored through.
    pub origin: u32,
    pub disp: i64,
    pub val: Val,
}

/// The abstract state before or after an instruction.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub regs: [Val; 16],
    /// 8-byte slots holding stack-derived values (absent = holds something not
    /// derived from the stack: every store that may put a stack-derived byte into
    /// the frame records the slot, as a value or as `Lost`).
    pub slots: Rc<BTreeMap<(Base, i64), Val>>,
    /// Slots whose address was computed into a register (`lea`) or handed out
    /// (`Mode::InBounds`: a callee or a store through an unknown pointer may write
    /// exactly these).
    pub escaped: Rc<BTreeSet<(Base, i64)>>,
    /// A pointer into the frame whose object is not known was handed out (to a
    /// callee or to memory outside the frame): any slot may be written by calls
    /// and stores through unknown pointers, in both modes.
    pub escaped_any: bool,
    /// A stack-derived value was stored outside the tracked slots: loads from
    /// outside memory may return it.
    pub leaked: bool,
    /// A non-general register (xmm, mm, k, …) may hold a stack-derived value.
    pub other_regs_tainted: bool,
    pub df: Df,
    /// Stack ranges `(base, lo, hi)` written since the last call: the candidates
    /// for the next callee's stack arguments.
    pub fresh: Vec<(Base, i64, i64)>,
    pub cell: Option<Cell>,
    /// `Mode::InBounds`: the prologue's register-save slots (`prologue_saves`),
    /// which no C object contains. Only a store to the slot itself or its own
    /// address handed out reaches them; stores through pointers and callees
    /// writing what they were given do not.
    pub saves: Rc<BTreeSet<(Base, i64)>>,
}

/// How many fresh ranges are kept before they are widened to "everything".
const MAX_FRESH: usize = 32;

impl State {
    pub fn entry() -> State {
        let mut regs: [Val; 16] = std::array::from_fn(|r| Val::Ext(entry_origin(r)));
        // The `call` that entered pushed the return address: %rsp = CFA-8.
        regs[RSP] = Val::cfa(-8);
        State {
            regs,
            slots: Rc::default(),
            escaped: Rc::default(),
            escaped_any: false,
            leaked: false,
            other_regs_tainted: false,
            // The ABI: DF is clear on function entry.
            df: Df::Clear,
            fresh: Vec::new(),
            cell: None,
            saves: Rc::default(),
        }
    }

    /// Join `other` into `self` at merge point `at`; true when `self` changed.
    pub fn join_from(&mut self, other: &State, at: u32) -> bool {
        let mut changed = false;
        for (mine, theirs) in self.regs.iter_mut().zip(other.regs.iter()) {
            // A join of equal values is the value (as for slots below).
            if mine == theirs {
                continue;
            }
            let j = mine.join(theirs, at);
            if j != *mine {
                *mine = j;
                changed = true;
            }
        }
        // Every tracked slot holds a stack-derived value, and a join with one is
        // stack-derived again: slots are only ever added or changed here.
        let absent = Val::Ext(NO_IDENTITY);
        // Both maps in key order, side by side (the join of a KMSAN function's
        // many blocks is most of a scan's time).
        // The maps are shared until written (`Rc::make_mut`): the changes are
        // collected first, and a map the same as ours changes nothing.
        if !Rc::ptr_eq(&self.slots, &other.slots) {
            let mut theirs_iter = other.slots.iter().peekable();
            let mut updates: Vec<((Base, i64), Val)> = Vec::new();
            for (key, mine) in self.slots.iter() {
                while let Some((k, v)) = theirs_iter.next_if(|(k, _)| *k < key) {
                    updates.push((*k, absent.join(v, at)));
                }
                let theirs = theirs_iter
                    .next_if(|(k, _)| *k == key)
                    .map_or(&absent, |(_, v)| v);
                if mine == theirs {
                    continue;
                }
                let j = mine.join(theirs, at);
                if j != *mine {
                    updates.push((*key, j));
                }
            }
            updates.extend(theirs_iter.map(|(k, v)| (*k, absent.join(v, at))));
            if !updates.is_empty() {
                changed = true;
                Rc::make_mut(&mut self.slots).extend(updates);
            }
        }
        // (A set shared with ours holds nothing new.)
        if !Rc::ptr_eq(&self.escaped, &other.escaped) && !other.escaped.is_subset(&self.escaped) {
            Rc::make_mut(&mut self.escaped).extend(other.escaped.iter().copied());
            changed = true;
        }
        for (mine, theirs) in [
            (&mut self.escaped_any, other.escaped_any),
            (&mut self.leaked, other.leaked),
            (&mut self.other_regs_tainted, other.other_regs_tainted),
        ] {
            if theirs && !*mine {
                *mine = true;
                changed = true;
            }
        }
        if self.df != other.df && self.df != Df::Unknown {
            self.df = Df::Unknown;
            changed = true;
        }
        for r in &other.fresh {
            if !self.fresh.contains(r) {
                self.fresh.push(*r);
                changed = true;
            }
        }
        if self.fresh.len() > MAX_FRESH {
            // Widen: a range from the lowest start to the top of the frame.
            let mut wide: Vec<(Base, i64, i64)> = Vec::new();
            for &(b, lo, _) in &self.fresh {
                match wide.iter_mut().find(|w| w.0 == b) {
                    Some(w) => w.1 = w.1.min(lo),
                    None => wide.push((b, lo, i64::MAX)),
                }
            }
            self.fresh = wide;
        }
        if self.cell.is_some() && self.cell != other.cell {
            self.cell = None;
            changed = true;
        }
        if !Rc::ptr_eq(&self.saves, &other.saves) && !self.saves.is_subset(&other.saves) {
            Rc::make_mut(&mut self.saves).retain(|k| other.saves.contains(k));
            changed = true;
        }
        changed
    }

    pub fn rsp(&self) -> &Val {
        &self.regs[RSP]
    }

    /// Mark every tracked slot as overwritten at `off` (a write that may reach any).
    fn clobber_all_slots(&mut self, why: LostWhy, off: u32) {
        for v in Rc::make_mut(&mut self.slots).values_mut() {
            *v = Val::lost(why, off);
        }
    }

    /// A prologue register save whose own address never went out (only
    /// `Mode::InBounds` records any).
    fn protected_save(&self, key: &(Base, i64)) -> bool {
        self.saves.contains(key) && !self.escaped.contains(key)
    }

    /// Mark every slot a store through a pointer may reach as overwritten: all
    /// but the protected register saves.
    fn clobber_pointer_reachable(&mut self, off: u32) {
        let keep: Vec<bool> = self.slots.keys().map(|k| self.protected_save(k)).collect();
        for ((_, v), keep) in Rc::make_mut(&mut self.slots).iter_mut().zip(keep) {
            if !keep {
                *v = Val::lost(LostWhy::SlotOverwritten, off);
            }
        }
    }

    /// Mark every slot that may lie in the caller's frame as overwritten:
    /// at or above the CFA (the caller's locals, or this function's stack
    /// arguments, whose address the caller may have handed out: blind
    /// review 100's `m_above`, a spill at `8(%rsp)` at entry, then a store
    /// through %rdi), and every slot relative to an anchor (a realigned or
    /// alloca'd %rsp: an unknown distance from the CFA, above it too where
    /// `sub %reg,%rsp` is handed a negative size).
    fn clobber_callers_frame(&mut self, off: u32) {
        for (&(base, k), v) in Rc::make_mut(&mut self.slots).iter_mut() {
            let may_be_callers = match base {
                Base::Cfa => k.saturating_add(8) > 0,
                Base::Anchor(_) => true,
            };
            if may_be_callers {
                *v = Val::lost(LostWhy::SlotOverwritten, off);
            }
        }
    }

    /// Register `r` hands a pointer into the frame to whoever reads it: record
    /// the escape.
    fn escape_value(&mut self, v: &Val) {
        match v {
            Val::Stack { base, k, .. } => {
                Rc::make_mut(&mut self.escaped).insert((*base, *k));
                self.escaped_any = true;
            }
            Val::Lost(l) if l.may_point_into_frame() => {
                self.escaped_any = true;
                // An index into a known object escapes that object; otherwise
                // which object is unknown and in-bounds reasoning cannot help.
                Rc::make_mut(&mut self.escaped).insert(l.object.unwrap_or((Base::Cfa, i64::MIN)));
            }
            _ => {}
        }
    }

    /// Under `Mode::InBounds`, whether an unknown object escaped.
    fn unknown_object_escaped(&self) -> bool {
        self.escaped.contains(&(Base::Cfa, i64::MIN))
    }
}

/// How much the analysis may assume (see the module comment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Strict,
    InBounds,
}

/// The assumption `Mode::InBounds` makes, as reported with its results.
pub const IN_BOUNDS_ASSUMPTION: &str = "stack-objects-in-bounds";

/// The assumption the in-bounds analysis adds where it relied on what a callee
/// run on another stack does: it takes only the arguments its DWARF prototype
/// declares (SysV), or, without a prototype, its own code writes nothing above
/// its frame (`own_frame`), and no pointer it writes through reaches the stack
/// it runs on above its own frame (for `call_on_stack`, the word at the top of
/// the IRQ stack).
pub const PROTOTYPES_ASSUMPTION: &str = "callee-prototypes";

/// Where a memory operand points.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Addr {
    /// Exactly base+k.
    Stack(Base, i64),
    /// base+k plus an unknown (index or count) amount in either direction.
    StackFrom(Base, i64),
    /// A stack address that cannot be proven (base register lost).
    StackUnknown,
    /// Through a pointer from elsewhere: may alias escaped slots. Carries the
    /// pointer's `Ext` origin and the displacement when it has an identity.
    Pointer(Option<(u32, i64)>),
    /// RIP-relative or segment-based (per-cpu): never this stack frame.
    Global,
}

/// How far up the stack an instruction's memory writes may reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteReach {
    /// No write through a stack-derived address (under `Mode::InBounds`, a
    /// pointer from elsewhere reaches no part of the frame it was not handed).
    Nothing,
    /// Every byte written in the frame lies below `CFA+end`.
    Below(i64),
    /// Not bounded: an unknown stack address, a realigned base, a `rep`
    /// string instruction walking a stack pointer.
    Unbounded,
}

/// One memory access of an instruction (`Analyzer::memory_accesses`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MemoryAccess {
    pub read: bool,
    pub write: bool,
    /// Bytes (0 when iced-x86 gives no size, e.g. `xsave`).
    pub size: i64,
    pub place: FramePlace,
}

/// Where a memory access lands, as far as this function's frame goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FramePlace {
    /// Exactly base+k.
    At(Base, i64),
    /// base+k plus an unknown index: inside the object at base+k under the
    /// in-bounds assumption, anywhere otherwise.
    Within(Base, i64),
    /// Somewhere in or around the frame (an unknown index, a lost base, a
    /// `rep` walk): not bounded.
    Somewhere,
    /// Through a pointer not derived from this frame.
    Elsewhere,
    /// RIP-relative or per-cpu: never a stack.
    Global,
}

/// A write to %rsp other than push/pop/call/ret/`add`/`sub` of a constant.
#[derive(Clone, Debug)]
pub struct RspWrite {
    pub off: u32,
    pub form: RspWriteForm,
    /// %rsp before the instruction.
    pub before: Val,
    /// The value written to %rsp.
    pub value: Val,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RspWriteForm {
    /// `leave`.
    Leave,
    /// `mov %reg,%rsp`, `lea N(%reg),%rsp`, `xchg`, `cmov`: from this register.
    FromReg(usize),
    /// `mov mem,%rsp`, `pop %rsp`.
    FromMem,
    /// `and $-N,%rsp` or `sub %reg,%rsp` / `add %reg,%rsp`: realignment or alloca.
    Dynamic,
    /// Anything else that writes %rsp (an unusual instruction).
    Other,
}

/// Per-function analysis context.
pub struct Analyzer {
    info: InstructionInfoFactory,
    pub mode: Mode,
    /// Offsets of the prologue's register saves (see `prologue_saves`).
    saves: Vec<u32>,
    /// Keep the values registers were entered with in the slots they are
    /// stored to (`Analyzer::entry_tracking`).
    entry_values_in_slots: bool,
    /// Track no memory (`Analyzer::registers_only`).
    registers_only: bool,
    /// `generic`'s copies of an instruction's info, reused.
    used_registers: Vec<iced_x86::UsedRegister>,
    used_memory: Vec<iced_x86::UsedMemory>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new(Mode::Strict)
    }
}

/// Called by `Analyzer::replay` with an instruction, the states before and after
/// it, and the %rsp write it makes.
pub type ReplayVisitor<'a> = dyn FnMut(&Insn, &State, &State, Option<&RspWrite>) + 'a;

/// The blocks `solve` has yet to visit, by reverse-postorder position: the
/// lowest first. A bit per block (a set of a few words for most functions,
/// asked at every block visited).
struct Worklist(Vec<u64>);

impl Worklist {
    fn new(blocks: usize) -> Worklist {
        Worklist(vec![0; blocks.div_ceil(64)])
    }

    fn insert(&mut self, pos: usize) {
        self.0[pos / 64] |= 1 << (pos % 64);
    }

    fn remove(&mut self, pos: usize) {
        self.0[pos / 64] &= !(1 << (pos % 64));
    }

    fn first(&self) -> Option<usize> {
        let (word, bits) = self.0.iter().enumerate().find(|(_, w)| **w != 0)?;
        Some(word * 64 + bits.trailing_zeros() as usize)
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }
}

/// The fixed point: the state at the entry of every block reached from the entry.
pub struct Solution {
    pub block_in: Vec<Option<State>>,
    /// False when the work budget ran out before the fixed point: the states
    /// (and so the findings) may be incomplete.
    pub converged: bool,
}

fn is_write(a: OpAccess) -> bool {
    matches!(
        a,
        OpAccess::Write | OpAccess::CondWrite | OpAccess::ReadWrite | OpAccess::ReadCondWrite
    )
}

fn is_read(a: OpAccess) -> bool {
    matches!(
        a,
        OpAccess::Read | OpAccess::CondRead | OpAccess::ReadWrite | OpAccess::ReadCondWrite
    )
}

/// Whether `step` may tell its `on_rsp_write` about this instruction: every
/// instruction that may write %rsp (`may_write_rsp`) but those whose rules
/// only ever move it by a constant without telling: `push`, `pop` into
/// anything but %rsp (a narrower %sp included), a near call, the path's end
/// (`ret`, a jump), and `add`/`sub $imm,%rsp`. Checked against `step` over
/// every opcode (`tests/prefilter.rs`).
pub fn may_report_rsp_write(insn: &Insn) -> bool {
    let ins = &insn.ins;
    if !crate::analysis::scan::may_write_rsp(ins) {
        return false;
    }
    if matches!(insn.flow, Flow::Call | Flow::Exit | Flow::Stop) {
        return false;
    }
    match ins.mnemonic() {
        Mnemonic::Push | Mnemonic::Pushf | Mnemonic::Pushfq => false,
        Mnemonic::Pop => {
            ins.op0_kind() == OpKind::Register
                && ins.op0_register().full_register() == Register::RSP
        }
        Mnemonic::Add | Mnemonic::Sub => {
            !(ins.op0_kind() == OpKind::Register
                && ins.op0_register() == Register::RSP
                && matches!(
                    ins.op1_kind(),
                    OpKind::Immediate8to64 | OpKind::Immediate32to64
                ))
        }
        _ => true,
    }
}

/// Each reached block's instructions up to the last one `wanted` picks, with
/// the block's fixed-point entry state (blocks without one are left out:
/// every block starts from its own state, so they change nothing).
fn block_prefixes<'i>(
    insns: &'i [Insn],
    cfg: &'i Cfg,
    sol: &'i Solution,
    wanted: &'i dyn Fn(&Insn) -> bool,
) -> impl Iterator<Item = (&'i [Insn], State)> + 'i {
    cfg.blocks.iter().enumerate().filter_map(move |(b, block)| {
        let block_insns = &insns[block.first..=block.last];
        let last = block_insns.iter().rposition(wanted)?;
        Some((&block_insns[..=last], sol.block_in[b].clone()?))
    })
}

/// Registers that are architectural state but never hold data a program moves
/// around (flags, instruction pointer, segment selectors).
fn is_bookkeeping_register(r: Register) -> bool {
    r == Register::None || r == Register::RIP || r == Register::EIP || r.is_segment_register()
}

impl Analyzer {
    /// The instruction-info factory (shared with scan's pre-filter).
    pub fn info_factory(&mut self) -> &mut InstructionInfoFactory {
        &mut self.info
    }

    pub fn new(mode: Mode) -> Analyzer {
        Analyzer {
            info: InstructionInfoFactory::new(),
            mode,
            saves: Vec::new(),
            entry_values_in_slots: false,
            registers_only: false,
            used_registers: Vec::new(),
            used_memory: Vec::new(),
        }
    }

    /// An in-bounds analysis that tracks no memory: stores record nothing,
    /// and every value read from memory is `Val::Lost` (stack-derived, not
    /// provable), as if any slot could hold any pointer into the frame.
    /// Its states are registers only (cheap to join). What it proves for a
    /// register (`Val::Stack`) was computed without reading memory on every
    /// path, so the full in-bounds analysis proves the same there (it
    /// differs only where a value came from memory): `scan`'s shortcut for
    /// functions that only realign their frame (`realignments_only`).
    pub fn registers_only() -> Analyzer {
        Analyzer {
            registers_only: true,
            ..Analyzer::new(Mode::InBounds)
        }
    }

    /// An analysis that also follows the values registers were entered
    /// with through the slots they are saved to (`push %rbx` … `pop %rbx`),
    /// so that "returns with %rbx as it came" can be shown: what
    /// `callee_contract` asks of a callee. Such a slot holds `Val::Ext` of an
    /// entry origin; every rule that overwrites or may overwrite a slot turns
    /// it into `Val::Lost`, which never equals it.
    pub fn entry_tracking(mode: Mode) -> Analyzer {
        Analyzer {
            entry_values_in_slots: true,
            ..Analyzer::new(mode)
        }
    }

    /// Run to a fixed point over the CFG.
    pub fn solve(&mut self, insns: &[Insn], cfg: &Cfg) -> Solution {
        self.saves = prologue_saves(insns);
        let nb = cfg.blocks.len();
        let mut block_in: Vec<Option<State>> = vec![None; nb];
        if nb == 0 {
            return Solution {
                block_in,
                converged: true,
            };
        }
        block_in[0] = Some(State::entry());
        let mut rpo_pos = vec![usize::MAX; nb];
        for (i, &b) in cfg.rpo.iter().enumerate() {
            rpo_pos[b] = i;
        }
        let mut work = Worklist::new(nb);
        work.insert(0);
        // Each block's state can only rise in a lattice of finite height, but cap the
        // work anyway so that a pathological function cannot stall a whole scan.
        let mut budget = 64 * nb + 1024;
        // `state` is handed over where it is wanted whole (a successor
        // reached first: the last successor takes it without a copy).
        let propagate = |block_in: &mut Vec<Option<State>>,
                         work: &mut Worklist,
                         s: usize,
                         state: Cow<State>,
                         merge_off: u32| {
            let changed = match &mut block_in[s] {
                slot @ None => {
                    *slot = Some(state.into_owned());
                    true
                }
                Some(existing) => existing.join_from(&state, merge_off),
            };
            if changed && rpo_pos[s] != usize::MAX {
                work.insert(rpo_pos[s]);
            }
        };
        while let Some(pos) = work.first() {
            if budget == 0 {
                break;
            }
            budget -= 1;
            work.remove(pos);
            let b = cfg.rpo[pos];
            let Some(mut state) = block_in[b].clone() else {
                continue;
            };
            let block = &cfg.blocks[b];
            // An exception-table fixup runs with the state before the faulting
            // instruction (which starts its block).
            if !block.exc_succs.is_empty() {
                let site = &insns[block.first];
                let mut handled = state.clone();
                // A `rep` string instruction faults part-way: some elements are
                // written and the registers advanced. The fixup sees something
                // between the states before and after it.
                if string_pointer_regs(&site.ins).is_some() {
                    let mut after = state.clone();
                    self.step(&mut after, site, &mut |_| {});
                    handled.join_from(&after, site.off);
                }
                self.exception_handler(&mut handled, site);
                for &s in &block.exc_succs {
                    let merge_off = insns[cfg.blocks[s].first].off;
                    propagate(
                        &mut block_in,
                        &mut work,
                        s,
                        Cow::Borrowed(&handled),
                        merge_off,
                    );
                }
            }
            for ins in &insns[block.first..=block.last] {
                self.step(&mut state, ins, &mut |_| {});
            }
            if let Some((&last, others)) = block.succs.split_last() {
                for &s in others {
                    let merge_off = insns[cfg.blocks[s].first].off;
                    propagate(
                        &mut block_in,
                        &mut work,
                        s,
                        Cow::Borrowed(&state),
                        merge_off,
                    );
                }
                let merge_off = insns[cfg.blocks[last].first].off;
                propagate(&mut block_in, &mut work, last, Cow::Owned(state), merge_off);
            }
        }
        Solution {
            block_in,
            converged: work.is_empty(),
        }
    }

    /// `replay` for callers that want only the %rsp writes: each with its
    /// instruction and %rbp before it. The same steps without a copy of the
    /// whole state per instruction (most of a replay's cost), and only in the
    /// blocks that hold an instruction `step` may report a write for, up to
    /// the last of them (a KMSAN function has a handful among thousands of
    /// blocks).
    pub fn replay_writes(
        &mut self,
        insns: &[Insn],
        cfg: &Cfg,
        sol: &Solution,
        visit: &mut dyn FnMut(&Insn, &Val, &RspWrite),
    ) {
        self.saves = prologue_saves(insns);
        for (block_insns, mut state) in block_prefixes(insns, cfg, sol, &may_report_rsp_write) {
            for ins in block_insns {
                let rbp_before = state.regs[RBP].clone();
                let mut write = None;
                self.step(&mut state, ins, &mut |w| write = Some(w));
                if let Some(w) = &write {
                    visit(ins, &rbp_before, w);
                }
            }
        }
    }

    /// `replay` for callers that ask about the state before instructions
    /// only: `visit` sees each instruction `wanted` picks with the state
    /// before it (not a copy) and this analyzer (set up as for the replay);
    /// blocks without one are not stepped through.
    pub fn replay_before(
        &mut self,
        insns: &[Insn],
        cfg: &Cfg,
        sol: &Solution,
        wanted: &dyn Fn(&Insn) -> bool,
        visit: &mut dyn FnMut(&mut Analyzer, &Insn, &State),
    ) {
        self.saves = prologue_saves(insns);
        for (block_insns, mut state) in block_prefixes(insns, cfg, sol, wanted) {
            for ins in block_insns {
                if wanted(ins) {
                    visit(self, ins, &state);
                }
                self.step(&mut state, ins, &mut |_| {});
            }
        }
    }

    /// Replay every reached block from its fixed-point entry state, calling `visit`
    /// with each instruction, the states before and after it, and its %rsp write.
    pub fn replay(&mut self, insns: &[Insn], cfg: &Cfg, sol: &Solution, visit: &mut ReplayVisitor) {
        self.saves = prologue_saves(insns);
        for (b, block) in cfg.blocks.iter().enumerate() {
            let Some(mut state) = sol.block_in[b].clone() else {
                continue;
            };
            for ins in &insns[block.first..=block.last] {
                let before = state.clone();
                let mut write = None;
                self.step(&mut state, ins, &mut |w| write = Some(w));
                visit(ins, &before, &state, write.as_ref());
            }
        }
    }

    /// What the kernel's exception handler may do before the fixup runs
    /// (arch/x86/mm/extable.c, 6.12; the entry's data word is type in bits
    /// 0-7, register in 8-11, immediate in 16-31): put the trap number or an
    /// error in %rax, a length in %rcx (`EX_TYPE_UCOPY_LEN`: from the named
    /// register too), zero %rdx (MSR reads), set the named register to the
    /// immediate (`EX_TYPE_IMM_REG`; `EX_TYPE_POP_REG` first moves %rsp up a
    /// word, which `pop %seg` did not), write FRED's return frame around
    /// %rsp and move %rsp down a word (`EX_TYPE_ERETU`), and, as older
    /// kernels did, zero the word at %rsp.
    fn exception_handler(&mut self, state: &mut State, site: &Insn) {
        const POP_REG: u32 = 16;
        const IMM_REG: u32 = 17;
        const UCOPY_LEN: u32 = 19;
        const ERETU: u32 = 21;
        let kind = site.ex_data & 0xff;
        let named = ((site.ex_data >> 8) & 0xf) as usize;
        let overwritten = Val::lost(LostWhy::SlotOverwritten, site.off);
        match state.regs[RSP].stack_k() {
            Some((b, k)) if kind != ERETU => {
                let hit: Vec<(Base, i64)> = state
                    .slots
                    .range((b, k.saturating_sub(7))..(b, k.saturating_add(8)))
                    .map(|(key, _)| *key)
                    .collect();
                for key in hit {
                    Rc::make_mut(&mut state.slots).insert(key, overwritten.clone());
                }
            }
            _ => state.clobber_all_slots(LostWhy::SlotOverwritten, site.off),
        }
        if kind == POP_REG {
            let up = state.regs[RSP].offset_by(8, site.off);
            Self::set_reg(state, RSP, up);
        }
        // `ex_handler_eretu`: `regs->sp -= 8`, the error code stored there.
        if kind == ERETU {
            let down = state.regs[RSP].offset_by(-8, site.off);
            Self::set_reg(state, RSP, down);
        }
        let unknown = |v: &Val| {
            if v.is_stack_derived() {
                Val::lost(LostWhy::NonConstant, site.off)
            } else {
                Val::Ext(NO_IDENTITY)
            }
        };
        if kind == UCOPY_LEN && state.regs[named].is_stack_derived() {
            state.regs[RCX] = Val::lost(LostWhy::NonConstant, site.off);
        }
        for r in [RAX, RCX, 2, named] {
            state.regs[r] = if r == RSP {
                // Only the register-setting types name %rsp to write it; any
                // other %rsp it leaves is one it cannot be sure of.
                if matches!(kind, POP_REG | IMM_REG) || named == RSP {
                    Val::lost(LostWhy::NonConstant, site.off)
                } else {
                    continue;
                }
            } else {
                unknown(&state.regs[r])
            };
        }
        // `EX_TYPE_ZEROPAD` and the like finish the faulting load themselves:
        // whatever the instruction writes may be written.
        let written: Vec<usize> = self
            .info
            .info(&site.ins)
            .used_registers()
            .iter()
            .filter(|u| is_write(u.access()))
            .filter_map(|u| gpr_full(u.register()))
            .collect();
        for r in written {
            if r != RSP {
                state.regs[r] = unknown(&state.regs[r]);
            }
        }
        state.df = Df::Unknown;
    }

    /// Whether register `r` (any width) holds an address derived from the stack
    /// in `state`.
    pub fn holds_stack_address(state: &State, r: Register) -> bool {
        Self::reg_as_address(state, r).is_some_and(|v| v.is_stack_derived())
    }

    /// The value of general register `r` of any width as an address component:
    /// a narrower register of a stack value is no longer that value.
    fn reg_as_address(state: &State, r: Register) -> Option<Val> {
        let full = gpr_full(r)?;
        let v = &state.regs[full];
        if r.is_gpr64() {
            Some(v.clone())
        } else if v.is_stack_derived() {
            Some(Val::lost(LostWhy::NonConstant, AT_ENTRY))
        } else {
            Some(Val::Ext(NO_IDENTITY))
        }
    }

    /// Where a memory access with these components points, from `state`.
    fn addr_of(
        &self,
        state: &State,
        segment: Register,
        base: Register,
        index: Register,
        disp: i64,
    ) -> Addr {
        if segment == Register::GS || segment == Register::FS {
            // Per-cpu memory, unless a stack address may have been put in the
            // segment base (`wrgsbase %rsp`), or the address itself is one
            // (`%fs:8(%rsp)`: a kernel thread's %fs base is 0): then anywhere
            // in the frame.
            let stack_reg =
                |r: Register| Self::reg_as_address(state, r).is_some_and(|v| v.is_stack_derived());
            return if state.other_regs_tainted || stack_reg(base) || stack_reg(index) {
                Addr::StackUnknown
            } else {
                Addr::Global
            };
        }
        if base == Register::RIP || base == Register::EIP {
            return Addr::Global;
        }
        // A vector index (gathers and scatters): one address per lane, each
        // anywhere relative to the base.
        if index != Register::None && !index.is_gpr() {
            let base_stack =
                Self::reg_as_address(state, base).is_some_and(|v| v.is_stack_derived());
            return if base_stack || state.other_regs_tainted {
                Addr::StackUnknown
            } else {
                Addr::Pointer(None)
            };
        }
        let index_val = Self::reg_as_address(state, index);
        let Some(bv) = Self::reg_as_address(state, base) else {
            // No base: (,%idx,s) or an absolute address, which may be anything.
            return match index_val {
                Some(v) if v.is_stack_derived() => Addr::StackUnknown,
                _ => Addr::Pointer(None),
            };
        };
        let index_stack = index_val.as_ref().is_some_and(Val::is_stack_derived);
        match bv {
            Val::Stack { base, k, .. } if !index_stack => {
                if index_val.is_none() {
                    Addr::Stack(base, k.wrapping_add(disp))
                } else {
                    Addr::StackFrom(base, k.wrapping_add(disp))
                }
            }
            // A value that can only be a pointer handed out already reaches
            // what any pointer from elsewhere reaches.
            Val::Lost(l) if !l.may_point_into_frame() && !index_stack => Addr::Pointer(None),
            // C keeps a pointer computed from an object inside that object.
            Val::Lost(Lost {
                object: Some((b, k)),
                ..
            }) if self.mode == Mode::InBounds && !index_stack => Addr::StackFrom(b, k),
            Val::Stack { .. } | Val::Lost(_) => Addr::StackUnknown,
            _ if index_stack => Addr::StackUnknown,
            Val::Ext(o) if index_val.is_none() && o != NO_IDENTITY => {
                Addr::Pointer(Some((o, disp)))
            }
            // A pointer from a constant has no identity a cell could be keyed by.
            _ => Addr::Pointer(None),
        }
    }

    /// How far above the CFA the memory `ins` writes may reach in this frame,
    /// from `state` (see `WriteReach`).
    pub fn frame_write_reach(&mut self, state: &State, ins: &iced_x86::Instruction) -> WriteReach {
        if ins.has_rep_prefix() || ins.has_repne_prefix() {
            if let Some(regs) = string_pointer_regs(ins) {
                if regs.iter().any(|&r| state.regs[r].is_stack_derived()) {
                    return WriteReach::Unbounded;
                }
            }
        }
        let info = self.info.info(ins).clone();
        let stack_reg =
            |r: Register| Self::reg_as_address(state, r).is_some_and(|v| v.is_stack_derived());
        if is_bit_string_write(ins)
            && (stack_reg(ins.memory_base()) || stack_reg(ins.memory_index()))
        {
            return WriteReach::Unbounded;
        }
        let mut reach = WriteReach::Nothing;
        for m in info.used_memory().iter().filter(|m| is_write(m.access())) {
            let addr = self.operand_addr(state, m);
            let size = m.memory_size().size() as i64;
            let end = match addr {
                Addr::Global => continue,
                Addr::Pointer(_) if self.mode == Mode::InBounds => continue,
                Addr::Stack(Base::Cfa, k) if size > 0 => k.saturating_add(size),
                // An index into the object at CFA+k stays inside it, and a C
                // object in this frame ends below the return address.
                Addr::StackFrom(Base::Cfa, k) if self.mode == Mode::InBounds && k < -8 => -8,
                _ => return WriteReach::Unbounded,
            };
            reach = match reach {
                WriteReach::Below(r) => WriteReach::Below(r.max(end)),
                _ => WriteReach::Below(end),
            };
        }
        reach
    }

    /// Where a memory operand iced-x86 reports points, from `state` (a known
    /// index makes a stack address exact).
    fn operand_addr(&self, state: &State, m: &iced_x86::UsedMemory) -> Addr {
        let disp = m.displacement() as i64;
        let index = Self::reg_as_address(state, m.index());
        match (Self::reg_as_address(state, m.base()), index) {
            (Some(Val::Stack { base, k, .. }), Some(Val::Const(c)))
                if m.segment() == Register::SS
                    || m.segment() == Register::DS
                    || m.segment() == Register::None =>
            {
                let off = c
                    .checked_mul(m.scale() as i64)
                    .and_then(|x| x.checked_add(disp));
                match off.and_then(|o| k.checked_add(o)) {
                    Some(a) => Addr::Stack(base, a),
                    None => Addr::StackUnknown,
                }
            }
            _ => self.addr_of(state, m.segment(), m.base(), m.index(), disp),
        }
    }

    /// Every memory access of an instruction (implicit ones included: push,
    /// pop, string instructions) and where it lands relative to the frame.
    pub fn memory_accesses(
        &mut self,
        state: &State,
        ins: &iced_x86::Instruction,
    ) -> Vec<MemoryAccess> {
        let info = self.info.info(ins).clone();
        let stack_reg =
            |r: Register| Self::reg_as_address(state, r).is_some_and(|v| v.is_stack_derived());
        // A `rep` string instruction walks its pointers by a count, a bit
        // string instruction reaches as far as its bit offset: from a stack
        // address, anywhere in the frame.
        let walks = ((ins.has_rep_prefix() || ins.has_repne_prefix())
            && [Register::RSI, Register::RDI, Register::ESI, Register::EDI]
                .iter()
                .any(|&r| stack_reg(r))
            && info.used_memory().iter().any(|m| {
                m.base() == Register::RSI
                    || m.base() == Register::RDI
                    || m.base() == Register::ESI
                    || m.base() == Register::EDI
            }))
            || (matches!(
                ins.mnemonic(),
                Mnemonic::Bt | Mnemonic::Bts | Mnemonic::Btr | Mnemonic::Btc
            ) && ins.op0_kind() == OpKind::Memory
                && ins.op1_kind() == OpKind::Register
                && (stack_reg(ins.memory_base()) || stack_reg(ins.memory_index())));
        info.used_memory()
            .iter()
            .map(|m| {
                let place = match self.operand_addr(state, m) {
                    _ if walks => FramePlace::Somewhere,
                    Addr::Stack(b, k) => FramePlace::At(b, k),
                    Addr::StackFrom(b, k) => FramePlace::Within(b, k),
                    Addr::StackUnknown => FramePlace::Somewhere,
                    Addr::Pointer(_) => FramePlace::Elsewhere,
                    Addr::Global => FramePlace::Global,
                };
                MemoryAccess {
                    read: is_read(m.access()),
                    write: is_write(m.access()),
                    size: m.memory_size().size() as i64,
                    place,
                }
            })
            .collect()
    }

    /// Where the instruction's (first) memory operand points.
    fn addr(&self, state: &State, ins: &iced_x86::Instruction) -> Addr {
        self.addr_of(
            state,
            ins.segment_prefix(),
            ins.memory_base(),
            ins.memory_index(),
            ins.memory_displacement64() as i64,
        )
    }

    /// What memory at `addr` (`size` bytes, 0 = unknown) may hold.
    fn memory_content(&self, state: &State, addr: Addr, size: usize) -> Content {
        if self.registers_only {
            return Content::New;
        }
        let frame_reachable = state.escaped_any || !state.escaped.is_empty();
        let of_slots = |range: &mut dyn Iterator<Item = &Val>| {
            let mut c = Content::NotStack;
            for v in range {
                c = c.max(Content::of(v));
            }
            c
        };
        let outside = if state.leaked {
            Content::HandedOut
        } else {
            Content::NotStack
        };
        match addr {
            Addr::Stack(b, k) => {
                if Self::below_rsp(state, b, k) {
                    return Content::New;
                }
                let hi = if size == 0 {
                    i64::MAX
                } else {
                    k.saturating_add(size as i64)
                };
                of_slots(
                    &mut state
                        .slots
                        .range((b, k.saturating_sub(7))..(b, hi))
                        .map(|(_, v)| v),
                )
            }
            // An indexed read stays inside its object, and spill slots are
            // objects of their own: only a tracked slot at the start is read
            // (the same assumption as for stores).
            Addr::StackFrom(b, k) if self.mode == Mode::InBounds => {
                of_slots(&mut state.slots.get(&(b, k)).into_iter())
            }
            Addr::StackFrom(..) | Addr::StackUnknown => {
                of_slots(&mut state.slots.values()).max(outside)
            }
            // Under in-bounds reasoning a pointer from elsewhere reaches only the
            // objects handed out.
            Addr::Pointer(_)
                if frame_reachable
                    && self.mode == Mode::InBounds
                    && !state.unknown_object_escaped() =>
            {
                let held: Vec<&Val> = state
                    .escaped
                    .iter()
                    .filter_map(|key| state.slots.get(key))
                    .collect();
                let c = of_slots(&mut held.iter().copied());
                // Escape is transitive: a pointer kept in an object handed out
                // points into an object handed out as well. When every such
                // pointer's object is already out, what is read is at most an
                // address handed out already.
                let closed = held.iter().all(|v| match object_of(v) {
                    Some(o) => state.escaped.contains(&o),
                    None => Content::of(v) != Content::New,
                });
                let c = if c == Content::New && closed {
                    Content::HandedOut
                } else {
                    c
                };
                c.max(outside)
            }
            Addr::Pointer(_) if frame_reachable => of_slots(&mut state.slots.values()).max(outside),
            Addr::Pointer(_) | Addr::Global => outside,
        }
    }

    /// Whether base+k lies below %rsp (dead: an interrupt may overwrite it).
    fn below_rsp(state: &State, b: Base, k: i64) -> bool {
        match state.regs[RSP].stack_k() {
            Some((rb, rk)) if rb == b => k < rk,
            // %rsp relative to another base, or not provable: cannot tell.
            Some(_) => false,
            None => state.regs[RSP].is_stack_derived(),
        }
    }

    /// A load of `size` bytes from `addr`.
    fn load(&self, state: &State, addr: Addr, size: usize, off: u32) -> Val {
        if self.registers_only {
            return Val::lost(LostWhy::NonConstant, off);
        }
        if let Addr::Stack(b, k) = addr {
            if Self::below_rsp(state, b, k) {
                return Val::lost(LostWhy::BelowRsp, off);
            }
            if size == 8 {
                if let Some(v) = state.slots.get(&(b, k)) {
                    return v.with_site(ProvenanceSite {
                        off,
                        kind: SiteKind::Reload,
                    });
                }
            }
        }
        if let (Addr::Pointer(Some((o, d))), Some(c)) = (addr, &state.cell) {
            if c.origin == o && c.disp == d && size == 8 {
                return c.val.with_site(ProvenanceSite {
                    off,
                    kind: SiteKind::Reload,
                });
            }
        }
        // Part of a tracked value, a read across two, or memory that may hold
        // one: stack-derived, not provable.
        self.memory_content(state, addr, size)
            .derived(off)
            .unwrap_or(Val::Ext(off))
    }

    /// Record a store of `size` bytes (0: unknown extent upwards) at `addr` of
    /// `val` (None: something not stack-derived), with `rep` count semantics
    /// already folded into `addr`/`size`.
    fn store(&self, state: &mut State, addr: Addr, size: usize, val: Option<Val>, off: u32) {
        if self.registers_only {
            return;
        }
        let overwritten = Val::lost(LostWhy::SlotOverwritten, off);
        let stack_val = val.as_ref().filter(|v| v.is_stack_derived()).cloned();
        match addr {
            Addr::Stack(b, k) => {
                let hi = if size == 0 {
                    i64::MAX
                } else {
                    k.saturating_add(size as i64)
                };
                Self::note_fresh(state, b, k, hi);
                // Bases are not related to each other (an anchor lies an unknown
                // distance below the CFA): a store relative to one may hit any
                // slot tracked relative to another.
                // (Not the protected register saves: the store is to an object.)
                let overwritten_elsewhere = Val::lost(LostWhy::SlotOverwritten, off);
                for (key, v) in Rc::make_mut(&mut state.slots).iter_mut() {
                    if key.0 != b && !state.saves.contains(key) {
                        *v = overwritten_elsewhere.clone();
                    }
                }
                if state.escaped_any {
                    // The swizzle cell's pointer may point here.
                    state.cell = None;
                }
                let hit: Vec<(Base, i64)> = state
                    .slots
                    .range((b, k.saturating_sub(7))..(b, hi))
                    .map(|(key, _)| *key)
                    .collect();
                Rc::make_mut(&mut state.saves)
                    .retain(|&(sb, sk)| !(sb == b && sk < hi && sk.saturating_add(8) > k));
                for key in hit {
                    if key != (b, k) || size != 8 {
                        Rc::make_mut(&mut state.slots).insert(key, overwritten.clone());
                    }
                }
                if size == 8 {
                    let held_proven = matches!(state.slots.get(&(b, k)), Some(Val::Stack { .. }));
                    match stack_val {
                        // Overwriting a proven value with an unprovable one: the
                        // store is what destroyed it.
                        Some(Val::Lost(l)) if held_proven && !l.may_point_into_frame() => {
                            Rc::make_mut(&mut state.slots).insert((b, k), overwritten);
                        }
                        Some(v) => {
                            Rc::make_mut(&mut state.slots).insert((b, k), v);
                        }
                        None => match entry_value(&val).filter(|_| self.entry_values_in_slots) {
                            Some(o) => {
                                Rc::make_mut(&mut state.slots).insert((b, k), Val::Ext(o));
                            }
                            // A slot that held a stack-derived value and now holds
                            // something else: remember that it was overwritten.
                            None if state.slots.contains_key(&(b, k)) => {
                                Rc::make_mut(&mut state.slots).insert((b, k), overwritten);
                            }
                            None => {}
                        },
                    }
                } else if let Some(v) = stack_val {
                    // Part of a stack value (or a stack value spread over an
                    // unusual width): the bytes are stack-derived, not provable,
                    // and carry no more than the whole value: a piece of an
                    // address already handed out, or of one object's address.
                    Rc::make_mut(&mut state.slots).insert((b, k), v.piece(off));
                }
                // Below %rsp nothing survives: keep the slot, but as lost.
                if Self::below_rsp(state, b, k) {
                    if let Some(v) = Rc::make_mut(&mut state.slots).get_mut(&(b, k)) {
                        *v = Val::lost(LostWhy::BelowRsp, off);
                    }
                }
            }
            Addr::StackFrom(b, k) => {
                match self.mode {
                    Mode::Strict => state.clobber_all_slots(LostWhy::SlotOverwritten, off),
                    // C keeps an indexed store inside the object its base
                    // addresses, and spill slots are objects of their own, so
                    // only a tracked slot at the start itself is hit.
                    Mode::InBounds => self.store(state, Addr::Stack(b, k), size.max(1), None, off),
                }
                if let Some(v) = stack_val {
                    // Stored somewhere in the frame we cannot name.
                    state.leaked = true;
                    state.escape_value(&v);
                }
            }
            Addr::StackUnknown | Addr::Pointer(_) => {
                let through_frame = addr == Addr::StackUnknown;
                if let Some(v) = &stack_val {
                    // A stack address stored outside the tracked slots escapes
                    // (and the store may itself hit an escaped slot).
                    state.leaked = true;
                    state.escape_value(v);
                }
                self.clobber_reachable(state, through_frame, off);
                if self.mode == Mode::Strict {
                    state.clobber_callers_frame(off);
                }
                // The swizzle cell: one store through an identified pointer.
                state.cell = match (addr, &val) {
                    (Addr::Pointer(Some((o, d))), Some(v)) if size == 8 => Some(Cell {
                        origin: o,
                        disp: d,
                        val: v.clone(),
                    }),
                    _ => None,
                };
            }
            Addr::Global => {
                // Per-cpu memory may hold a foreign stack with the swizzle cell.
                state.cell = None;
                if let Some(v) = &stack_val {
                    state.leaked = true;
                    state.escape_value(v);
                }
            }
        }
    }

    /// A store through a pointer that may point into the frame (`through_frame`:
    /// derived from the stack pointer; else from outside, so only an escaped
    /// address can bring it here).
    fn clobber_reachable(&self, state: &mut State, through_frame: bool, off: u32) {
        let all = match self.mode {
            Mode::Strict => through_frame || state.escaped_any,
            Mode::InBounds => {
                state.unknown_object_escaped() || (through_frame && state.escaped.is_empty())
            }
        };
        if all {
            state.clobber_pointer_reachable(off);
            return;
        }
        if self.mode == Mode::InBounds {
            Self::close_escapes(state);
            let overwritten = Val::lost(LostWhy::SlotOverwritten, off);
            let esc: Vec<(Base, i64)> = state.escaped.iter().copied().collect();
            if state.unknown_object_escaped() {
                state.clobber_pointer_reachable(off);
                return;
            }
            for key in esc {
                if state.slots.contains_key(&key) {
                    Rc::make_mut(&mut state.slots).insert(key, overwritten.clone());
                }
            }
        }
    }

    /// Escape is transitive: a pointer stored in an escaped slot escapes too.
    fn close_escapes(state: &mut State) {
        loop {
            let mut more = Vec::new();
            for key in state.escaped.iter() {
                if let Some(v) = state.slots.get(key) {
                    match v {
                        Val::Stack { base, k, .. } if !state.escaped.contains(&(*base, *k)) => {
                            more.push((*base, *k))
                        }
                        Val::Lost(l) if l.may_point_into_frame() => {
                            let key = l.object.unwrap_or((Base::Cfa, i64::MIN));
                            if !state.escaped.contains(&key) {
                                more.push(key);
                            }
                        }
                        _ => {}
                    }
                }
            }
            if more.is_empty() {
                return;
            }
            for m in more {
                if m == (Base::Cfa, i64::MIN) {
                    state.escaped_any = true;
                }
                Rc::make_mut(&mut state.escaped).insert(m);
            }
        }
    }

    fn note_fresh(state: &mut State, b: Base, lo: i64, hi: i64) {
        if !state.fresh.contains(&(b, lo, hi)) {
            state.fresh.push((b, lo, hi));
        }
        if state.fresh.len() > MAX_FRESH {
            let min = state
                .fresh
                .iter()
                .filter(|f| f.0 == b)
                .map(|f| f.1)
                .min()
                .unwrap_or(lo);
            state.fresh.retain(|f| f.0 != b);
            state.fresh.push((b, min, i64::MAX));
        }
    }

    fn set_reg(state: &mut State, r: usize, v: Val) {
        if r == RSP {
            // Below %rsp nothing survives: the kernel has no red zone, and an
            // interrupt may use the stack at any instruction.
            match v.stack_k() {
                Some((b, k)) => {
                    for ((sb, sk), val) in Rc::make_mut(&mut state.slots).iter_mut() {
                        // Moving above an anchor's start may pass slots of the
                        // other bases, whose relation to it is unknown.
                        let dead = if *sb == b {
                            *sk < k
                        } else {
                            matches!(b, Base::Anchor(_)) && k > 0
                        };
                        if dead
                            && !matches!(
                                val,
                                Val::Lost(Lost {
                                    why: LostWhy::BelowRsp,
                                    ..
                                })
                            )
                        {
                            *val = Val::lost(LostWhy::BelowRsp, AT_ENTRY);
                        }
                    }
                }
                None if v.is_stack_derived() => {
                    // %rsp itself unknown: nothing in the frame is known to survive.
                    state.clobber_all_slots(LostWhy::BelowRsp, AT_ENTRY);
                }
                None => {}
            }
            state.regs[r] = v.as_rsp();
        } else {
            state.regs[r] = v;
        }
    }

    /// Read register `r` as a source operand: reading %rsp starts a copy.
    fn read_reg(state: &State, r: usize, off: u32) -> Val {
        if r == RSP {
            state.regs[RSP].as_rsp().with_site(ProvenanceSite {
                off,
                kind: SiteKind::Copy,
            })
        } else {
            state.regs[r].with_site(ProvenanceSite {
                off,
                kind: SiteKind::Move,
            })
        }
    }

    /// The value a store of register `r` (any width) writes: a spill (and a copy,
    /// for %rsp); part of a stack value is stack-derived but not provable.
    fn spill_value(state: &State, r: Register, off: u32) -> Option<Val> {
        let full = gpr_full(r)?;
        if !r.is_gpr64() {
            return Some(if state.regs[full].is_stack_derived() {
                state.regs[full].piece(off)
            } else {
                Val::Ext(off)
            });
        }
        let v = if full == RSP {
            Self::read_reg(state, RSP, off)
        } else {
            state.regs[full].clone()
        };
        Some(v.with_site(ProvenanceSite {
            off,
            kind: SiteKind::Spill,
        }))
    }

    /// Start a new anchor at `off`: forget slots and values of an older instance of it.
    fn new_anchor(state: &mut State, off: u32) -> Val {
        let base = Base::Anchor(off);
        for (key, v) in Rc::make_mut(&mut state.slots).iter_mut() {
            if key.0 == base {
                *v = Val::lost(LostWhy::NonConstant, off);
            }
        }
        Rc::make_mut(&mut state.escaped).retain(|(b, _)| *b != base);
        Rc::make_mut(&mut state.saves).retain(|(b, _)| *b != base);
        for r in state.regs.iter_mut() {
            if matches!(r, Val::Stack { base: b, .. } if *b == base) {
                *r = Val::lost(LostWhy::NonConstant, off);
            }
        }
        Val::Stack {
            base,
            k: 0,
            prov: Rc::from([]),
        }
    }

    /// The transfer function of one instruction. `on_rsp_write` is told about every
    /// write to %rsp that is not a constant adjustment.
    pub fn step(&mut self, state: &mut State, insn: &Insn, on_rsp_write: &mut dyn FnMut(RspWrite)) {
        // The cell was stored through a value this instruction produced on an
        // earlier execution: it names a different value now.
        if state.cell.as_ref().is_some_and(|c| c.origin == insn.off) {
            state.cell = None;
        }
        if !self.precise(state, insn, on_rsp_write) {
            self.generic(state, insn, on_rsp_write);
        }
        if results_set_elsewhere(&insn.ins) {
            // What comes back in the registers and the frame is what a
            // hypervisor, firmware or the kernel's trap handler left there:
            // nothing of it is known (%rsp comes back as it was).
            let rsp = state.regs[RSP].clone();
            Self::forget_everything(state, LostWhy::NonConstant, insn.off);
            state.regs[RSP] = rsp;
        }
    }

    /// The precise rules. Returns false when the instruction is not one of the
    /// forms they cover (then `generic` applies).
    fn precise(
        &mut self,
        state: &mut State,
        insn: &Insn,
        on_rsp_write: &mut dyn FnMut(RspWrite),
    ) -> bool {
        let ins = &insn.ins;
        let off = insn.off;
        let op_reg = |i: u32| gpr64(ins.op_register(i));
        let mut rsp_write = |form: RspWriteForm, before: Val, value: Val| {
            on_rsp_write(RspWrite {
                off,
                form,
                before,
                value,
            })
        };
        match insn.flow {
            // `call 1f; 1:` (the retpoline and position-finding idiom) calls
            // nothing: it pushes the return address and goes on.
            Flow::Call
                if !insn.has_reloc
                    && matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
                    && ins.near_branch_target() == ins.next_ip() =>
            {
                let new_rsp = state.regs[RSP].offset_by(-8, off);
                Self::set_reg(state, RSP, new_rsp.clone());
                let a = match new_rsp.stack_k() {
                    Some((b, k)) => Addr::Stack(b, k),
                    None => Addr::StackUnknown,
                };
                self.store(state, a, 8, None, off);
                return true;
            }
            // A far call (`lcall *ptr`, FF /3) pushes CS with the return
            // address (16 bytes with REX.W), and a callee keeping the
            // calling convention comes back by a near `ret`, leaving the CS
            // word on the stack (blind review 131): not modelled.
            Flow::Call if ins.is_call_far() || ins.is_call_far_indirect() => {
                Self::forget_everything(state, LostWhy::NonConstant, off);
                return true;
            }
            Flow::Call => {
                self.call(state, insn);
                return true;
            }
            // The path ends here: what `ret`/`iret`/`jmp` do to %rsp is the caller's.
            Flow::Exit | Flow::Stop => return true,
            _ => {}
        }
        if changes_only_flags_and_where_control_goes(ins) {
            return true;
        }
        match ins.mnemonic() {
            // `lock addl $0,-4(%rsp)` (the kernel's mb()) and the like: the
            // memory keeps its bytes, only the flags change.
            Mnemonic::Add | Mnemonic::Or | Mnemonic::Sub | Mnemonic::Xor
                if ins.op_count() == 2
                    && ins.op0_kind() == OpKind::Memory
                    && matches!(
                        ins.op1_kind(),
                        OpKind::Immediate8 | OpKind::Immediate8to32 | OpKind::Immediate8to64
                    )
                    && ins.immediate(1) == 0
                    && !insn.has_reloc =>
            {
                return true;
            }
            Mnemonic::Mov if ins.op_count() == 2 => match (ins.op0_kind(), ins.op1_kind()) {
                (OpKind::Register, OpKind::Register) => {
                    if let (Some(d), Some(s)) = (op_reg(0), op_reg(1)) {
                        let v = Self::read_reg(state, s, off);
                        if d == RSP {
                            rsp_write(RspWriteForm::FromReg(s), state.regs[RSP].clone(), v.clone());
                        }
                        Self::set_reg(state, d, v);
                        return true;
                    }
                }
                (OpKind::Register, OpKind::Memory) => {
                    if let Some(d) = op_reg(0) {
                        let a = self.addr(state, ins);
                        let v = self.load(state, a, 8, off);
                        if d == RSP {
                            rsp_write(RspWriteForm::FromMem, state.regs[RSP].clone(), v.clone());
                        }
                        Self::set_reg(state, d, v);
                        return true;
                    }
                }
                (OpKind::Memory, OpKind::Register) if gpr_full(ins.op1_register()).is_some() => {
                    let a = self.addr(state, ins);
                    let v = Self::spill_value(state, ins.op1_register(), off);
                    self.store(state, a, ins.memory_size().size(), v, off);
                    return true;
                }
                (
                    OpKind::Memory,
                    OpKind::Immediate8
                    | OpKind::Immediate16
                    | OpKind::Immediate32
                    | OpKind::Immediate32to64,
                ) => {
                    let a = self.addr(state, ins);
                    self.store(state, a, ins.memory_size().size(), None, off);
                    return true;
                }
                (
                    OpKind::Register,
                    OpKind::Immediate32to64 | OpKind::Immediate64 | OpKind::Immediate32,
                ) if ins.op0_register().is_gpr64() || ins.op0_register().is_gpr32() => {
                    if let Some(d) = gpr_full(ins.op0_register()) {
                        // A 32-bit move zero-extends; iced already extends the
                        // 64-bit forms' immediates.
                        let imm = if ins.op0_register().is_gpr32() {
                            ins.immediate(1) as u32 as i64
                        } else {
                            ins.immediate(1) as i64
                        };
                        // A relocated immediate is an address the linker fills
                        // in, not the constant in the bytes.
                        let v = if insn.has_reloc {
                            Val::Ext(off)
                        } else {
                            Val::Const(imm)
                        };
                        if d == RSP {
                            rsp_write(RspWriteForm::Other, state.regs[RSP].clone(), v.clone());
                        }
                        Self::set_reg(state, d, v);
                        return true;
                    }
                }
                _ => {}
            },
            Mnemonic::Lea => {
                if let Some(d) = op_reg(0) {
                    let v = if insn.disp_relocated {
                        // `lea sym(%reg)`: the linker's `sym` is no constant the
                        // bytes show. From a stack address the function is refused
                        // (scan); from anything else the sum is not the stack's.
                        let v = Self::lea_value(state, ins, off);
                        if v.is_stack_derived() {
                            Val::lost(LostWhy::NonConstant, off)
                        } else {
                            Val::Ext(off)
                        }
                    } else {
                        Self::lea_value(state, ins, off)
                    };
                    if d != RSP {
                        if let Some((b, k)) = v.stack_k() {
                            // Address taken: in-bounds reasoning lets a callee or a
                            // store through it write this object.
                            Rc::make_mut(&mut state.escaped).insert((b, k));
                        }
                    }
                    if d == RSP {
                        let src = gpr64(ins.memory_base());
                        if src == Some(RSP)
                            && ins.memory_index() == Register::None
                            && !insn.disp_relocated
                        {
                            // lea N(%rsp),%rsp: a constant adjustment.
                            Self::set_reg(state, RSP, v);
                            return true;
                        }
                        let form = src
                            .map(RspWriteForm::FromReg)
                            .unwrap_or(RspWriteForm::Other);
                        rsp_write(form, state.regs[RSP].clone(), v.clone());
                    }
                    Self::set_reg(state, d, v);
                    return true;
                }
            }
            Mnemonic::Push | Mnemonic::Pushf | Mnemonic::Pushfq => {
                let width = ins.stack_pointer_increment().unsigned_abs() as usize;
                let v = match ins.op0_kind() {
                    _ if ins.op_count() == 0 => None,
                    OpKind::Register => Self::spill_value(state, ins.op0_register(), off),
                    OpKind::Memory => {
                        let a = self.addr(state, ins);
                        Some(self.load(state, a, width, off).with_site(ProvenanceSite {
                            off,
                            kind: SiteKind::Spill,
                        }))
                    }
                    // An immediate.
                    _ => None,
                };
                let v = if width == 8 {
                    v
                } else {
                    v.map(|v| {
                        if v.is_stack_derived() {
                            v.piece(off)
                        } else {
                            v
                        }
                    })
                };
                let new_rsp = state.regs[RSP].offset_by(ins.stack_pointer_increment() as i64, off);
                Self::set_reg(state, RSP, new_rsp.clone());
                let a = match new_rsp.stack_k() {
                    Some((b, k)) => Addr::Stack(b, k),
                    None => Addr::StackUnknown,
                };
                self.store(state, a, width, v, off);
                // A register save is no callee's stack argument (the in-bounds
                // view of "compiler spill slots are not inside C objects").
                if self.mode == Mode::InBounds && self.saves.contains(&off) {
                    if let Addr::Stack(b, k) = a {
                        state.fresh.retain(|&f| f != (b, k, k + width as i64));
                        Rc::make_mut(&mut state.saves).insert((b, k));
                    }
                }
                return true;
            }
            Mnemonic::Pop
                if ins.op0_kind() == OpKind::Register || ins.op0_kind() == OpKind::Memory =>
            {
                let width = ins.stack_pointer_increment().unsigned_abs() as usize;
                // `pop %rsp` is measured against %rsp before the instruction (what
                // a NOP in its place would leave), not after its increment.
                let rsp_before = state.regs[RSP].clone();
                let a = match state.regs[RSP].stack_k() {
                    Some((b, k)) => Addr::Stack(b, k),
                    None => match &state.regs[RSP] {
                        Val::Ext(o) if *o != NO_IDENTITY => Addr::Pointer(Some((*o, 0))),
                        v if v.is_stack_derived() => Addr::StackUnknown,
                        _ => Addr::Pointer(None),
                    },
                };
                let mut v = self.load(state, a, width, off);
                if width != 8 && v.is_stack_derived() {
                    v = v.piece(off);
                }
                let after = state.regs[RSP].offset_by(ins.stack_pointer_increment() as i64, off);
                Self::set_reg(state, RSP, after);
                match ins.op0_kind() {
                    OpKind::Register => match gpr_full(ins.op0_register()) {
                        Some(d) if ins.op0_register().is_gpr64() => {
                            if d == RSP {
                                rsp_write(RspWriteForm::FromMem, rsp_before.clone(), v.clone());
                            }
                            Self::set_reg(state, d, v);
                        }
                        Some(d) => {
                            // pop %ax: a partial write keeps the other bytes.
                            let keep = state.regs[d].is_stack_derived() || v.is_stack_derived();
                            let nv = if keep {
                                Val::lost(LostWhy::NonConstant, off)
                            } else {
                                Val::Ext(off)
                            };
                            if d == RSP {
                                rsp_write(RspWriteForm::Other, rsp_before.clone(), nv.clone());
                            }
                            Self::set_reg(state, d, nv);
                        }
                        None => {}
                    },
                    _ => {
                        // The address is computed with %rsp already incremented.
                        let a = self.addr(state, ins);
                        self.store(state, a, width, Some(v), off);
                    }
                }
                return true;
            }
            Mnemonic::Add | Mnemonic::Sub if ins.op0_kind() == OpKind::Register => {
                if let Some(d) = op_reg(0) {
                    let sign = if ins.mnemonic() == Mnemonic::Add {
                        1
                    } else {
                        -1
                    };
                    match ins.op1_kind() {
                        OpKind::Immediate8to64 | OpKind::Immediate32to64 => {
                            let imm = ins.immediate(1) as i64;
                            let v = state.regs[d].offset_by(sign * imm, off);
                            Self::set_reg(state, d, v);
                            return true;
                        }
                        OpKind::Register
                            if let Some(Val::Const(c)) =
                                gpr64(ins.op1_register()).map(|s| &state.regs[s]) =>
                        {
                            // A register holding a known constant: a constant adjustment
                            // (of %rsp: still reported, with its proven delta).
                            let v = state.regs[d].offset_by(sign * *c, off);
                            if d == RSP {
                                let src = gpr64(ins.op1_register()).unwrap_or(RSP);
                                rsp_write(
                                    RspWriteForm::FromReg(src),
                                    state.regs[RSP].clone(),
                                    v.clone(),
                                );
                            }
                            Self::set_reg(state, d, v);
                            return true;
                        }
                        OpKind::Register if d == RSP && gpr64(ins.op1_register()).is_some() => {
                            // sub %reg,%rsp: an alloca (or add: its release).
                            let v = Self::new_anchor(state, off);
                            rsp_write(RspWriteForm::Dynamic, state.regs[RSP].clone(), v.clone());
                            Self::set_reg(state, RSP, v);
                            return true;
                        }
                        OpKind::Register
                            if sign < 0
                                && state.regs[d].stack_k().is_some()
                                && ins.op1_register() != Register::RSP
                                && gpr64(ins.op1_register())
                                    .is_some_and(|s| !state.regs[s].is_stack_derived()) =>
                        {
                            // sub %reg,%rX of a stack address: an alloca computed in a
                            // register first (clang does this for KMSAN's varargs copy).
                            let v = Self::new_anchor(state, off);
                            state.regs[d] = v;
                            return true;
                        }
                        _ => {}
                    }
                }
            }
            // Aligning a stack address held in another register (the alloca of
            // randomize_kstack_offset: mov %rsp,%rax; sub %rcx,%rax; and $-16,%rax)
            // gives another dynamically placed stack address.
            Mnemonic::And
                if ins.op0_kind() == OpKind::Register
                    && matches!(
                        ins.op1_kind(),
                        OpKind::Immediate8to64 | OpKind::Immediate32to64
                    )
                    && op_reg(0).is_some_and(|r| r != RSP && state.regs[r].stack_k().is_some()) =>
            {
                if let Some(d) = op_reg(0) {
                    let v = Self::new_anchor(state, off);
                    state.regs[d] = v;
                }
                return true;
            }
            Mnemonic::And
                if ins.op0_kind() == OpKind::Register
                    && ins.op0_register() == Register::RSP
                    && matches!(
                        ins.op1_kind(),
                        OpKind::Immediate8to64 | OpKind::Immediate32to64
                    ) =>
            {
                let v = Self::new_anchor(state, off);
                rsp_write(RspWriteForm::Dynamic, state.regs[RSP].clone(), v.clone());
                Self::set_reg(state, RSP, v);
                return true;
            }
            // `leavew`: %rsp = %rbp, then two bytes popped into %bp.
            Mnemonic::Leave if ins.code() == iced_x86::Code::Leavew => {
                let before = state.regs[RSP].clone();
                let after = state.regs[RBP].offset_by(2, off);
                let rbp = state.regs[RBP].clone();
                state.regs[RBP] = if rbp.is_stack_derived() || after.is_stack_derived() {
                    rbp.piece(off)
                } else {
                    Val::Ext(off)
                };
                rsp_write(RspWriteForm::Other, before, after.clone());
                Self::set_reg(state, RSP, after);
                return true;
            }
            Mnemonic::Leave if ins.code() == iced_x86::Code::Leaveq => {
                // mov %rbp,%rsp; pop %rbp. What it writes is the net effect,
                // %rbp+8: with %rbp == %rsp the move alone is a no-op, the
                // instruction is not.
                let before = state.regs[RSP].clone();
                let v = state.regs[RBP].clone();
                Self::set_reg(state, RSP, v);
                let a = match state.regs[RSP].stack_k() {
                    Some((b, k)) => Addr::Stack(b, k),
                    None if state.regs[RSP].is_stack_derived() => Addr::StackUnknown,
                    None => Addr::Pointer(None),
                };
                let rbp = self.load(state, a, 8, off);
                state.regs[RBP] = rbp;
                let after = state.regs[RSP].offset_by(8, off);
                rsp_write(RspWriteForm::Leave, before, after.clone());
                Self::set_reg(state, RSP, after);
                return true;
            }
            Mnemonic::Xchg
                if ins.op0_kind() == OpKind::Register && ins.op1_kind() == OpKind::Register =>
            {
                if let (Some(a), Some(b)) = (op_reg(0), op_reg(1)) {
                    let va = Self::read_reg(state, a, off);
                    let vb = Self::read_reg(state, b, off);
                    if a == RSP {
                        rsp_write(
                            RspWriteForm::FromReg(b),
                            state.regs[RSP].clone(),
                            vb.clone(),
                        );
                    }
                    if b == RSP {
                        rsp_write(
                            RspWriteForm::FromReg(a),
                            state.regs[RSP].clone(),
                            va.clone(),
                        );
                    }
                    Self::set_reg(state, a, vb);
                    Self::set_reg(state, b, va);
                    return true;
                }
            }
            Mnemonic::Popf | Mnemonic::Popfq => {
                let after = state.regs[RSP].offset_by(ins.stack_pointer_increment() as i64, off);
                Self::set_reg(state, RSP, after);
                state.df = Df::Unknown;
                return true;
            }
            Mnemonic::Std => {
                state.df = Df::Set;
                return true;
            }
            Mnemonic::Cld => {
                state.df = Df::Clear;
                return true;
            }
            m if is_cmov(m) => {
                if let Some(d) = op_reg(0) {
                    let src = match ins.op1_kind() {
                        OpKind::Register => op_reg(1).map(|s| Self::read_reg(state, s, off)),
                        OpKind::Memory => {
                            let a = self.addr(state, ins);
                            Some(self.load(state, a, 8, off))
                        }
                        _ => None,
                    };
                    if let Some(src) = src {
                        let v = state.regs[d].join(&src, off);
                        if d == RSP {
                            let form = op_reg(1)
                                .map(RspWriteForm::FromReg)
                                .unwrap_or(RspWriteForm::FromMem);
                            rsp_write(form, state.regs[RSP].clone(), v.clone());
                        }
                        Self::set_reg(state, d, v);
                        return true;
                    }
                }
            }
            _ => {}
        }
        false
    }

    fn lea_value(state: &State, ins: &iced_x86::Instruction, off: u32) -> Val {
        let disp = ins.memory_displacement64() as i64;
        let base = Self::reg_as_address(state, ins.memory_base());
        let index = Self::reg_as_address(state, ins.memory_index());
        if ins.memory_base() == Register::RIP || ins.memory_base() == Register::EIP {
            return Val::Ext(off);
        }
        match (base, index) {
            (Some(b), None) => b.offset_by(disp, off).with_site(ProvenanceSite {
                off,
                kind: if ins.memory_base() == Register::RSP {
                    SiteKind::Copy
                } else {
                    SiteKind::Move
                },
            }),
            (b, i) => {
                let scale = ins.memory_index_scale() as i64;
                match (b.unwrap_or(Val::Const(0)), i.unwrap_or(Val::Const(0))) {
                    (Val::Stack { base, k, prov }, Val::Const(c)) => Val::Stack {
                        base,
                        k: k.wrapping_add(disp).wrapping_add(c.wrapping_mul(scale)),
                        prov,
                    },
                    (Val::Const(c), Val::Stack { base, k, prov }) if scale == 1 => Val::Stack {
                        base,
                        k: k.wrapping_add(disp).wrapping_add(c),
                        prov,
                    },
                    (Val::Const(a), Val::Const(c)) => {
                        Val::Const(a.wrapping_add(disp).wrapping_add(c.wrapping_mul(scale)))
                    }
                    (x, y) if x.is_stack_derived() || y.is_stack_derived() => {
                        // An index into the object one of them points into.
                        let object = match (x.is_stack_derived(), y.is_stack_derived()) {
                            (true, false) => object_of(&x),
                            (false, true) => object_of(&y),
                            _ => None,
                        };
                        Content::of(&x)
                            .max(Content::of(&y))
                            .derived_from(off, object)
                            .unwrap_or(Val::Ext(off))
                    }
                    _ => Val::Ext(off),
                }
            }
        }
    }

    /// A call under the SysV contract: the callee may clobber caller-saved
    /// registers, its own frame below %rsp, its stack arguments (the slots from
    /// %rsp up that were written since the previous call, contiguously), and
    /// whatever memory was handed to it; it returns with DF clear.
    fn call(&mut self, state: &mut State, insn: &Insn) {
        let off = insn.off;
        if !self.relies_on_callee(state, insn.callee_contract) {
            Self::call_outside_contract(state, off);
            return;
        }
        let rsp = state.regs[RSP].stack_k();
        let summary = if insn.callee_is_local {
            None
        } else {
            crate::x86::callees::summary(insn.target_name.as_deref())
        };
        // Stack arguments: a callee owns its stack arguments, the 8-byte slots
        // from %rsp up, as many as it takes. The calling contract rspill
        // assumes: a caller writes every stack argument of a call after any
        // earlier call that could have owned it, so they are a run of slots
        // written since then, contiguous from %rsp. Unless the callee is known
        // to take only register arguments, that run is its: it may write it and
        // is handed what it holds.
        // A DWARF prototype says what the callee declares, not what its code
        // does (ms_abi without a DWARF mark, IFUNC resolvers, weak and naked
        // functions, names that bind elsewhere at the final link): only the
        // in-bounds analysis, whose results are assumptions, believes it.
        let by_prototype = self.mode == Mode::InBounds && insn.callee_register_args_only;
        let may_take_stack_args = !by_prototype && summary.is_none_or(|s| s.args > 6);
        if may_take_stack_args {
            let run = match rsp {
                Some((b, k)) => {
                    let mut end = k;
                    while let Some(e) = state
                        .fresh
                        .iter()
                        .filter(|&&(fb, lo, hi)| fb == b && lo <= end && hi > end)
                        .map(|&(_, _, hi)| hi)
                        .max()
                    {
                        end = e;
                    }
                    Some((b, k, end))
                }
                // %rsp not provable: any freshly written slot may be one.
                None => None,
            };
            let in_bounds = self.mode == Mode::InBounds;
            let in_args: Vec<(Base, i64)> = state
                .slots
                .keys()
                .filter(|key| !(in_bounds && state.protected_save(key)))
                .filter(|&&(b, k)| match run {
                    Some((rb, lo, hi)) => rb == b && k < hi && k.saturating_add(8) > lo,
                    None => state
                        .fresh
                        .iter()
                        .any(|&(fb, lo, hi)| fb == b && k < hi && k.saturating_add(8) > lo),
                })
                .copied()
                .collect();
            for key in in_args {
                if let Some(v) = state.slots.get(&key).cloned() {
                    // A pointer passed as a stack argument escapes.
                    state.escape_value(&v);
                }
                Rc::make_mut(&mut state.slots)
                    .insert(key, Val::lost(LostWhy::SlotOverwritten, off));
            }
            // So may a value stored through a pointer (the swizzle cell is the
            // top of the stack the callee runs on).
            state.cell = None;
        }
        // Stack addresses handed to the callee in argument registers escape,
        // unless the callee is known to take fewer arguments, or to write no
        // memory through them.
        let dest = (state.regs[7].clone(), state.regs[2].clone());
        let passed = match summary.map(|s| s.writes) {
            Some(crate::x86::callees::Writes::Nothing) => 0,
            Some(crate::x86::callees::Writes::DestLen) => {
                // memset/memcpy/memmove: exactly [rdi, rdi+rdx), when both are
                // known. A copy writes what the source held: a stack address
                // copied stays one (into the frame: not provable; out of it:
                // leaked).
                let copies = !insn
                    .target_name
                    .as_deref()
                    .is_some_and(|n| n.contains("memset"));
                let len = match &dest.1 {
                    Val::Const(n) if (1..1 << 20).contains(n) => Some(*n as usize),
                    _ => None,
                };
                let copied = if copies {
                    let src = match &state.regs[6] {
                        Val::Stack { base, k, .. } if len.is_some() => Addr::Stack(*base, *k),
                        Val::Stack { base, k, .. } => Addr::StackFrom(*base, *k),
                        v if v.is_stack_derived() => Addr::StackUnknown,
                        Val::Ext(o) if *o != NO_IDENTITY => Addr::Pointer(Some((*o, 0))),
                        _ => Addr::Pointer(None),
                    };
                    self.memory_content(state, src, len.unwrap_or(0))
                        .derived(off)
                } else {
                    None
                };
                match (&dest.0, &dest.1) {
                    (Val::Stack { .. }, Val::Const(n)) if (1..1 << 20).contains(n) => {
                        if let Some((b, k)) = dest.0.stack_k() {
                            self.store(state, Addr::Stack(b, k), *n as usize, copied, off);
                        }
                        0
                    }
                    (_, Val::Const(0)) => 0,
                    _ => {
                        // A length rspill does not know: from the destination on.
                        let a = match &dest.0 {
                            Val::Stack { base, k, .. } => Addr::StackFrom(*base, *k),
                            v if v.is_stack_derived() => Addr::StackUnknown,
                            _ => Addr::Pointer(None),
                        };
                        self.store(state, a, 0, copied, off);
                        0
                    }
                }
            }
            None => ARGUMENT_REGS.len(),
        };
        for &r in &ARGUMENT_REGS[..passed] {
            let v = state.regs[r].clone();
            state.escape_value(&v);
        }
        // A frame pointer reaches the callee too: C names the caller's
        // (`__builtin_frame_address(1)`, the saved %rbp its own prologue
        // pushes), and may write the frame through it (blind review 101's
        // `p3` + `fa_ext.c`: `fp[-3] = ...` over the spill slot). (Past the
        // object it points to: the in-bounds analysis, which assumes C's
        // bounds, does not take it.)
        if summary.is_none() && self.mode == Mode::Strict {
            let v = state.regs[RBP].clone();
            state.escape_value(&v);
        }
        // The swizzle cell's own address handed to the callee (`mov
        // %r11,%rdi`): the callee may write the cell through it.
        let cell_handed_out = state.cell.as_ref().is_some_and(|c| {
            ARGUMENT_REGS[..passed]
                .iter()
                .any(|&r| matches!(state.regs[r], Val::Ext(o) if o == c.origin))
        });
        if state.other_regs_tainted && summary.is_none() {
            // A stack address in an xmm argument register.
            state.escape_value(&Val::lost(LostWhy::NonConstant, off));
        }
        // Whatever was handed out, an unknown callee may have kept: in memory,
        // and in the registers it returns with.
        if state.escaped_any && summary.is_none() {
            state.leaked = true;
        }
        let escaped = state.escaped_any && summary.is_none();
        for &r in &CALLER_SAVED {
            state.regs[r] = match &state.regs[r] {
                Val::Ext(_) | Val::Const(_) if !escaped => Val::Ext(NO_IDENTITY),
                _ => Val::lost(LostWhy::CallClobber, off),
            };
        }
        let clobbered = crate::x86::callees::clobbers_callee_saved(insn.target_name.as_deref());
        for r in clobbered.iter().filter_map(|&r| gpr64(r)) {
            state.regs[r] = Val::lost(LostWhy::CallClobber, off);
        }
        // rax alone is the return value: it has an identity.
        if matches!(state.regs[RAX], Val::Ext(_)) {
            state.regs[RAX] = Val::Ext(off);
        }
        if summary.is_some_and(|s| s.writes == crate::x86::callees::Writes::DestLen) {
            // They return their destination.
            state.regs[RAX] = dest.0.clone();
        }
        if let Some((b, k)) = rsp {
            // The return address and the callee's frame live below %rsp.
            for ((sb, sk), v) in Rc::make_mut(&mut state.slots).iter_mut() {
                if *sb == b && *sk < k {
                    *v = Val::lost(LostWhy::BelowRsp, off);
                }
            }
        }
        // An unknown callee may write memory reachable from what it was ever
        // given (a known one writes at most what its summary says, done above).
        match self.mode {
            _ if summary.is_some() => {}
            Mode::Strict => {
                if state.escaped_any {
                    state.clobber_pointer_reachable(off);
                }
                // Through what the caller published, it may write the
                // caller's frame.
                state.clobber_callers_frame(off);
                // The callee had this frame's address without being handed it:
                // its stack arguments start at %rsp. It may give it back (in
                // %rax, in a clobbered register, in memory: `va_start`'s
                // overflow area, `__builtin_frame_address(1)`), so from here on
                // a pointer into the frame is out.
                if rsp.is_some() {
                    state.escaped_any = true;
                    state.leaked = true;
                }
            }
            Mode::InBounds => {
                Self::close_escapes(state);
                if state.unknown_object_escaped() {
                    state.clobber_pointer_reachable(off);
                } else {
                    let clobbered = Val::lost(LostWhy::SlotOverwritten, off);
                    let esc: Vec<(Base, i64)> = state.escaped.iter().copied().collect();
                    for key in esc {
                        if state.slots.contains_key(&key) {
                            Rc::make_mut(&mut state.slots).insert(key, clobbered.clone());
                        }
                    }
                }
            }
        }
        // A call on a foreign stack (call_on_stack) to a callee known to take only
        // register arguments keeps the swizzle cell at that stack's top (checked
        // above); any other cell may be written.
        let keep_cell = match (&state.cell, &state.regs[RSP]) {
            (Some(c), Val::Ext(o)) => c.origin == *o && c.disp >= 0 && !cell_handed_out,
            _ => false,
        };
        if !keep_cell {
            state.cell = None;
        }
        if may_take_stack_args {
            state.fresh.clear();
        }
        state.df = Df::Clear;
    }

    /// Whether this analysis may take the callee to keep the calling
    /// convention (see `CalleeContract`). A callee shown to keep it strictly
    /// was read on the premise that pointers it gets reach no frame of its
    /// own; with a pointer into this frame out (handed out now or before, or
    /// given back by an earlier callee), one may reach below %rsp, where the
    /// callee's frame will be.
    pub fn relies_on_callee(&self, state: &State, contract: CalleeContract) -> bool {
        match (contract, self.mode) {
            (CalleeContract::Assumed, _) => true,
            (CalleeContract::NotShown, _) => false,
            // In bounds, a pointer reaches only its object; one below %rsp
            // (or into no known object) may be where the callee's frame goes.
            (CalleeContract::ShownAlways, _) => true,
            (
                CalleeContract::ShownInBounds | CalleeContract::ShownWhileFrameClosed,
                Mode::InBounds,
            ) => {
                let rsp = state.regs[RSP].stack_k();
                ARGUMENT_REGS.iter().all(|&r| match &state.regs[r] {
                    Val::Stack { base, k, .. } => {
                        matches!(rsp, Some((rb, rk)) if rb == *base && *k >= rk)
                    }
                    Val::Lost(l) if l.may_point_into_frame() => match (l.object, rsp) {
                        (Some((ob, ok)), Some((rb, rk))) => ob == rb && ok >= rk,
                        _ => false,
                    },
                    _ => true,
                })
            }
            (CalleeContract::ShownInBounds, Mode::Strict) => false,
            (CalleeContract::ShownWhileFrameClosed, Mode::Strict) => {
                // (It reads nothing above its return address, so no stack
                // argument, and uses no register that is no argument.)
                !state.escaped_any
                    && !state.other_regs_tainted
                    && ARGUMENT_REGS
                        .iter()
                        .all(|&r| !state.regs[r].is_stack_derived())
            }
        }
    }

    /// A call to a callee that may break the calling convention (`ret $8`,
    /// a callee-saved register changed, a store into the caller's frame): it
    /// may leave any register, %rsp included, and any slot holding anything.
    fn call_outside_contract(state: &mut State, off: u32) {
        Self::forget_everything(state, LostWhy::CalleeContract, off);
    }

    /// Nothing is known any more: every register and slot lost for `why`, and
    /// everything handed out.
    fn forget_everything(state: &mut State, why: LostWhy, off: u32) {
        let lost = Val::lost(why, off);
        for r in state.regs.iter_mut() {
            *r = lost.clone();
        }
        state.clobber_all_slots(why, off);
        state.escaped_any = true;
        state.leaked = true;
        Rc::make_mut(&mut state.escaped).insert((Base::Cfa, i64::MIN));
        state.other_regs_tainted = true;
        state.df = Df::Unknown;
        state.fresh.clear();
        state.cell = None;
        Rc::make_mut(&mut state.saves).clear();
    }

    /// Every instruction without a precise rule, from iced-x86's instruction info:
    /// registers it writes hold something not provable (stack-derived if any input
    /// may be), memory it writes is overwritten wherever it may be.
    fn generic(&mut self, state: &mut State, insn: &Insn, on_rsp_write: &mut dyn FnMut(RspWrite)) {
        let ins = &insn.ins;
        let off = insn.off;
        // The instruction's registers and memory operands, copied into
        // buffers kept from one instruction to the next (the rules below
        // call `&mut self` methods while reading them).
        let mut used_registers = std::mem::take(&mut self.used_registers);
        let mut used_memory = std::mem::take(&mut self.used_memory);
        {
            let info = self.info.info(ins);
            used_registers.clear();
            used_registers.extend_from_slice(info.used_registers());
            used_memory.clear();
            used_memory.extend_from_slice(info.used_memory());
        }

        // Address components of memory operands: a load's result is the memory's
        // contents, not its address.
        let mut address_regs: Vec<Register> = Vec::new();
        for m in used_memory.iter() {
            for r in [m.base(), m.index()] {
                if r != Register::None {
                    address_regs.push(r.full_register());
                }
            }
        }
        let explicit_regs: Vec<Register> = (0..ins.op_count())
            .filter(|&i| ins.op_kind(i) == OpKind::Register)
            .map(|i| ins.op_register(i).full_register())
            .collect();

        // Does any input carry a stack-derived value? Values (register operands,
        // implicit data registers, memory contents, non-general registers) and
        // address components are told apart: only an instruction that reads no
        // memory (lea and its kind) turns an address into a result.
        let mut inputs = Content::NotStack;
        let mut address = Content::NotStack;
        let mut reads_memory = false;
        // The stack objects the New register inputs point into (None: unknown).
        let mut objects: Vec<Option<(Base, i64)>> = Vec::new();
        for u in used_registers.iter() {
            if !is_read(u.access()) || is_bookkeeping_register(u.register()) {
                continue;
            }
            let full = u.register().full_register();
            let address_only = address_regs.contains(&full) && !explicit_regs.contains(&full);
            let carried = match gpr_full(u.register()) {
                Some(r) => {
                    let c = Content::of(&state.regs[r]);
                    if c == Content::New {
                        objects.push(if u.register().is_gpr64() {
                            object_of(&state.regs[r])
                        } else {
                            None
                        });
                    }
                    c
                }
                None if state.other_regs_tainted => {
                    objects.push(None);
                    Content::New
                }
                None => Content::NotStack,
            };
            if address_only {
                address = address.max(carried);
            } else {
                inputs = inputs.max(carried);
            }
        }
        for m in used_memory.iter() {
            if is_read(m.access()) {
                reads_memory = true;
                let a = self.addr_of(
                    state,
                    m.segment(),
                    m.base(),
                    m.index(),
                    m.displacement() as i64,
                );
                let c = self.memory_content(state, a, m.memory_size().size());
                if c == Content::New {
                    objects.push(None);
                }
                inputs = inputs.max(c);
            }
        }
        let result = if reads_memory {
            inputs
        } else {
            inputs.max(address)
        };
        let (inputs, result) = if is_zeroing_idiom(ins) {
            (Content::NotStack, Content::NotStack)
        } else {
            (inputs, result)
        };
        // State iced-x86 lists no register for (FS/GS base, MSRs, the x87/SSE
        // state `fxsave` stores): a stack address put there comes back.
        let (inputs, result) = match hidden_state(ins) {
            Hidden::Writes => {
                if inputs != Content::NotStack {
                    state.other_regs_tainted = true;
                }
                (inputs, result)
            }
            Hidden::Reads if state.other_regs_tainted => (Content::New, Content::New),
            Hidden::ReadsAndWrites => {
                if inputs != Content::NotStack {
                    state.other_regs_tainted = true;
                }
                if state.other_regs_tainted {
                    (Content::New, Content::New)
                } else {
                    (inputs, result)
                }
            }
            _ => (inputs, result),
        };
        // One object in: arithmetic on a pointer into it stays an index into it.
        let object = match objects.as_slice() {
            [Some(o), rest @ ..] if rest.iter().all(|x| *x == Some(*o)) => Some(*o),
            _ => None,
        };

        let pointers_before: Vec<Val> = string_pointer_regs(ins)
            .unwrap_or_default()
            .iter()
            .map(|&r| state.regs[r].clone())
            .collect();
        let count_stack_derived = state.regs[RCX].is_stack_derived();
        // Memory writes.
        let rep = ins.has_rep_prefix() || ins.has_repe_prefix() || ins.has_repne_prefix();
        let mut stores = Vec::new();
        for m in used_memory.iter() {
            if !is_write(m.access()) {
                continue;
            }
            let mut addr = self.addr_of(
                state,
                m.segment(),
                m.base(),
                m.index(),
                m.displacement() as i64,
            );
            // iced gives rep-prefixed string operations an unknown (0) memory size:
            // the element size is the instruction's own operand size.
            let mut size = match m.memory_size().size() {
                0 => ins.memory_size().size(),
                n => n,
            };
            if rep {
                // A string store covers %rcx elements upwards when DF is clear,
                // downwards when it is set.
                match (&state.regs[RCX], addr, state.df) {
                    (Val::Const(n), Addr::Stack(..), Df::Clear) if (0..1 << 20).contains(n) => {
                        size *= *n as usize
                    }
                    (Val::Const(n), Addr::Stack(b, k), Df::Set) if (0..1 << 20).contains(n) => {
                        let span = size as i64 * *n;
                        addr = Addr::Stack(b, k - span + size as i64);
                        size *= *n as usize;
                    }
                    (_, Addr::Stack(b, k), _) => addr = Addr::StackFrom(b, k),
                    _ => {}
                }
            }
            stores.push((addr, size));
        }
        // CLZERO zeroes the whole 64-byte line around [%rax]; the SGX leaf
        // functions and their kind write memory iced-x86 does not list.
        if ins.mnemonic() == Mnemonic::Clzero {
            // (An `addr32` form uses %eax: its stack-derived value is no
            // precise address either way.)
            let rax = if ins.code() == iced_x86::Code::Clzerod {
                Register::EAX
            } else {
                Register::RAX
            };
            stores = vec![(
                self.addr_of(state, Register::DS, rax, Register::None, 0),
                64,
            )];
            for (addr, size) in stores.iter_mut() {
                if let Addr::Stack(b, k) = *addr {
                    *addr = Addr::Stack(b, k.saturating_sub(63));
                    *size = 127;
                } else if matches!(addr, Addr::StackFrom(..)) {
                    *addr = Addr::StackUnknown;
                }
            }
        }
        if matches!(
            ins.mnemonic(),
            Mnemonic::Encls | Mnemonic::Enclu | Mnemonic::Enclv | Mnemonic::Pconfig
        ) {
            stores.push((Addr::StackUnknown, 0));
        }
        // `bts %rcx,(%rsp)`: a register bit offset reaches any byte from the
        // operand's address, below it too (signed, up to 2^63 bits either way).
        if is_bit_string_write(ins) {
            for (addr, _) in stores.iter_mut() {
                if matches!(addr, Addr::Stack(..) | Addr::StackFrom(..)) {
                    *addr = Addr::StackUnknown;
                }
            }
        }
        let stored = inputs.derived(off);
        for (addr, size) in stores {
            // Unknown extent (xsave: memory size 0) may cover anything above.
            let addr = match (addr, size) {
                (Addr::Stack(b, k), 0) => Addr::StackFrom(b, k),
                (a, _) => a,
            };
            self.store(state, addr, size, stored.clone(), off);
        }

        // Register writes.
        let zeroed = if is_zeroing_idiom(ins) {
            gpr_full(ins.op0_register())
        } else {
            None
        };
        let mut written: Vec<(usize, Register, OpAccess)> = Vec::new();
        let mut other_written = false;
        for u in used_registers.iter() {
            if !is_write(u.access()) || is_bookkeeping_register(u.register()) {
                continue;
            }
            match gpr_full(u.register()) {
                Some(r) => written.push((r, u.register(), u.access())),
                None => other_written = true,
            }
        }
        if other_written && result != Content::NotStack {
            state.other_regs_tainted = true;
        }
        // More than one register written (not one written twice).
        let several = written.iter().any(|w| w.0 != written[0].0);
        for (r, reg, access) in written {
            let old = state.regs[r].clone();
            // A partial write (8/16 bits) keeps the other bytes; a conditional
            // write may keep all of them; an advanced string pointer is its old
            // value moved.
            let keeps_old = !(reg.is_gpr64() || reg.is_gpr32())
                || matches!(access, OpAccess::CondWrite | OpAccess::ReadCondWrite)
                || matches!(access, OpAccess::ReadWrite);
            let v = if zeroed == Some(r) {
                Val::Const(0)
            } else if let Some(v) = result
                .max(if keeps_old {
                    Content::of(&old)
                } else {
                    Content::NotStack
                })
                .derived_from(off, object)
            {
                v
            } else if several {
                Val::Ext(NO_IDENTITY)
            } else {
                Val::Ext(off)
            };
            if r == RSP {
                on_rsp_write(RspWrite {
                    off,
                    form: RspWriteForm::Other,
                    before: state.regs[RSP].clone(),
                    value: v.clone(),
                });
            }
            Self::set_reg(state, r, v);
        }

        // String instructions: each pointer register is its own old value moved
        // by a count (never another input's value), and an unconditional `rep`
        // ends with %rcx = 0. Without this, the stored value or the count would
        // make the pointer "any stack object" and the count stack-derived.
        if let Some(pointers) = string_pointer_regs(ins) {
            if !count_stack_derived {
                for (&r, old) in pointers.iter().zip(pointers_before) {
                    let v = match Content::of(&old) {
                        Content::NotStack => Val::Ext(off),
                        c => c
                            .derived_from(off, object_of(&old))
                            .unwrap_or(Val::Ext(off)),
                    };
                    Self::set_reg(state, r, v);
                }
                // `repe`/`repne` (cmps, scas) stop early; the others run to 0.
                if ins.has_rep_prefix()
                    && !matches!(
                        ins.mnemonic(),
                        Mnemonic::Cmpsb
                            | Mnemonic::Cmpsw
                            | Mnemonic::Cmpsd
                            | Mnemonic::Cmpsq
                            | Mnemonic::Scasb
                            | Mnemonic::Scasw
                            | Mnemonic::Scasd
                            | Mnemonic::Scasq
                    )
                {
                    Self::set_reg(state, RCX, Val::Const(0));
                }
            }
        }

        // The direction flag.
        let df = RflagsBits::DF;
        if ins.rflags_set() & df != 0 {
            state.df = Df::Set;
        } else if ins.rflags_cleared() & df != 0 {
            state.df = Df::Clear;
        } else if (ins.rflags_modified() | ins.rflags_undefined()) & df != 0 {
            state.df = Df::Unknown;
        }
        self.used_registers = used_registers;
        self.used_memory = used_memory;
    }
}

/// The prologue's register saves: pushes of callee-saved registers (and of
/// the DRAP register, a `lea N(%rsp)` copy made before `and $-N,%rsp`) in the
/// straight run of register-only instructions that starts the function, before
/// any store, call (other than `__fentry__`) or branch. A compiler passes no
/// stack argument from these, so the in-bounds analysis does not hand them to
/// callees.
fn prologue_saves(insns: &[Insn]) -> Vec<u32> {
    let mut saves = Vec::new();
    let mut drap: Option<Register> = None;
    let mut realigned = false;
    for x in insns {
        let ins = &x.ins;
        match ins.mnemonic() {
            Mnemonic::Endbr64 | Mnemonic::Nop => {}
            Mnemonic::Call if x.target_name.as_deref() == Some("__fentry__") => {}
            Mnemonic::Push if ins.op_count() == 1 && ins.op0_kind() == OpKind::Register => {
                let r = ins.op0_register();
                let callee_saved = matches!(
                    r,
                    Register::RBX
                        | Register::RBP
                        | Register::R12
                        | Register::R13
                        | Register::R14
                        | Register::R15
                );
                if callee_saved || (realigned && Some(r) == drap) {
                    saves.push(x.off);
                }
            }
            // DRAP: `push -8(%r10)` copies the return address above the realigned frame.
            Mnemonic::Push if ins.op0_kind() == OpKind::Memory => {}
            Mnemonic::Lea
                if ins.memory_base() == Register::RSP
                    && ins.memory_index() == Register::None
                    && ins.op0_register().is_gpr64() =>
            {
                drap = Some(ins.op0_register());
            }
            Mnemonic::And
                if ins.op0_kind() == OpKind::Register && ins.op0_register() == Register::RSP =>
            {
                realigned = drap.is_some();
            }
            // The frame pointer.
            Mnemonic::Mov
                if ins.op_count() == 2
                    && ins.op0_kind() == OpKind::Register
                    && ins.op1_kind() == OpKind::Register
                    && ins.op0_register() == Register::RBP
                    && ins.op1_register() == Register::RSP => {}
            _ => {
                // Register-only instructions leave the run going; anything that
                // stores, moves %rsp, or leaves the straight line ends it.
                let writes_memory = (0..ins.op_count()).any(|i| {
                    matches!(ins.op_kind(i), OpKind::Memory) && i == 0
                        || matches!(
                            ins.op_kind(i),
                            OpKind::MemoryESDI | OpKind::MemoryESEDI | OpKind::MemoryESRDI
                        )
                });
                let touches_rsp = (0..ins.op_count()).any(|i| {
                    ins.op_kind(i) == OpKind::Register
                        && ins.op_register(i).full_register() == Register::RSP
                });
                if writes_memory
                    || touches_rsp
                    || ins.flow_control() != iced_x86::FlowControl::Next
                    || ins.stack_pointer_increment() != 0
                {
                    break;
                }
                if let Some(d) = drap {
                    if ins.op_count() > 0
                        && ins.op0_kind() == OpKind::Register
                        && ins.op0_register().full_register() == d
                    {
                        drap = None;
                    }
                }
            }
        }
    }
    saves
}

/// The pointer registers (%rdi, %rsi) a string instruction (`stos`, `movs`,
/// `lods`, `scas`, `cmps`, `ins`, `outs`) reads and advances, by its operand
/// kinds; None for any other instruction.
fn string_pointer_regs(ins: &iced_x86::Instruction) -> Option<&'static [usize]> {
    // (A static answer: asked at every instruction the generic rule takes.)
    let (mut rdi, mut rsi) = (None, None);
    for i in 0..ins.op_count() {
        match ins.op_kind(i) {
            OpKind::MemoryESRDI => rdi = Some(i),
            OpKind::MemorySegRSI => rsi = Some(i),
            // 32-bit addresses (`addr32`) count in %ecx and leave the upper
            // half of %rcx alone: the generic rule.
            OpKind::MemoryESEDI | OpKind::MemorySegESI => return None,
            OpKind::MemoryESDI | OpKind::MemorySegSI | OpKind::MemorySegDI => return None,
            OpKind::MemorySegRDI | OpKind::MemorySegEDI => return None,
            _ => {}
        }
    }
    // In operand order.
    match (rdi, rsi) {
        (Some(_), None) => Some(&[7]),
        (None, Some(_)) => Some(&[6]),
        (Some(d), Some(s)) if d < s => Some(&[7, 6]),
        (Some(_), Some(_)) => Some(&[6, 7]),
        (None, None) => None,
    }
}

/// Whether an instruction moves values through state iced-x86 names no
/// register for.
enum Hidden {
    None,
    Writes,
    Reads,
    /// The x87 register stack, which iced-x86 does not list for most x87
    /// instructions (`fildll (%rsp); fistpll (%rsp)` copies a value exactly).
    ReadsAndWrites,
}

fn hidden_state(ins: &iced_x86::Instruction) -> Hidden {
    use iced_x86::CpuidFeature as F;
    let x87 = ins.cpuid_features().iter().any(|f| {
        matches!(
            f,
            F::FPU | F::FPU287 | F::FPU287XL_ONLY | F::FPU387 | F::FPU387SL_ONLY
        )
    });
    if x87 && !matches!(ins.mnemonic(), Mnemonic::Fnsave) {
        return Hidden::ReadsAndWrites;
    }
    match ins.mnemonic() {
        Mnemonic::Wrfsbase
        | Mnemonic::Wrgsbase
        | Mnemonic::Wrmsr
        | Mnemonic::Wrmsrns
        | Mnemonic::Wrpkru
        | Mnemonic::Swapgs => Hidden::Writes,
        Mnemonic::Rdfsbase
        | Mnemonic::Rdgsbase
        | Mnemonic::Rdmsr
        | Mnemonic::Rdpkru
        | Mnemonic::Fxsave
        | Mnemonic::Fxsave64
        | Mnemonic::Xsave
        | Mnemonic::Xsave64
        | Mnemonic::Xsavec
        | Mnemonic::Xsavec64
        | Mnemonic::Xsaveopt
        | Mnemonic::Xsaveopt64
        | Mnemonic::Xsaves
        | Mnemonic::Xsaves64
        | Mnemonic::Fnsave => Hidden::Reads,
        _ => Hidden::None,
    }
}

/// Instructions that come back with registers (and memory) as software outside
/// the function left them, not as the instruction defines: a guest's or the
/// TDX module's register values after VMRUN/VMCALL/TDCALL/SEAMCALL, GETSEC's
/// outputs per leaf, an enclave's (ENCLU: EENTER/ERESUME), a trap or system
/// call's handler. iced-x86 lists only the registers the instruction itself
/// names. (ENCLS is not one: its leaves write only %rax-%rdx, which iced-x86
/// lists, and the memory it writes is taken as anywhere in `generic`.)
fn results_set_elsewhere(ins: &iced_x86::Instruction) -> bool {
    matches!(
        ins.mnemonic(),
        Mnemonic::Getsec
            | Mnemonic::Vmrun
            | Mnemonic::Vmmcall
            | Mnemonic::Vmgexit
            | Mnemonic::Vmcall
            | Mnemonic::Vmlaunch
            | Mnemonic::Vmresume
            | Mnemonic::Vmfunc
            | Mnemonic::Tdcall
            | Mnemonic::Seamcall
            | Mnemonic::Seamret
            | Mnemonic::Seamops
            | Mnemonic::Enclu
            | Mnemonic::Enclv
            | Mnemonic::Pconfig
            | Mnemonic::Skinit
            | Mnemonic::Syscall
            | Mnemonic::Sysenter
            | Mnemonic::Int
            | Mnemonic::Int1
            | Mnemonic::Int3
            | Mnemonic::Into
    )
}

/// `bts`/`btr`/`btc` on memory with a register bit offset: the byte written
/// is anywhere relative to the operand's address.
fn is_bit_string_write(ins: &iced_x86::Instruction) -> bool {
    matches!(
        ins.mnemonic(),
        Mnemonic::Bts | Mnemonic::Btr | Mnemonic::Btc
    ) && ins.op0_kind() == OpKind::Memory
        && ins.op1_kind() == OpKind::Register
}

/// `xor %eax,%eax` / `sub %eax,%eax`: reads its operand by encoding only.
pub(crate) fn is_zeroing_idiom(ins: &iced_x86::Instruction) -> bool {
    // Only 32- and 64-bit forms clear the whole register (`xor %cl,%cl` does not).
    (ins.op0_register().is_gpr32() || ins.op0_register().is_gpr64())
        && matches!(ins.mnemonic(), Mnemonic::Xor | Mnemonic::Sub)
        && ins.op_count() == 2
        && ins.op0_kind() == OpKind::Register
        && ins.op1_kind() == OpKind::Register
        && ins.op0_register() == ins.op1_register()
}

/// `cmp`, `test`, a direct `jcc` or `jmp`, `nop`, `endbr64`: iced-x86 lists
/// no register nor memory they write, and they leave DF alone, so the generic
/// rule changes nothing for them (`flags_only_instructions_change_nothing`
/// holds it to that). Half of what reaches it in a whole image: answered
/// without the instruction's info.
fn changes_only_flags_and_where_control_goes(ins: &iced_x86::Instruction) -> bool {
    matches!(
        ins.mnemonic(),
        Mnemonic::Cmp | Mnemonic::Test | Mnemonic::Nop | Mnemonic::Endbr64
    ) || ins.is_jcc_short_or_near()
        || ins.is_jmp_short_or_near()
}

pub(crate) fn is_cmov(m: Mnemonic) -> bool {
    matches!(
        m,
        Mnemonic::Cmova
            | Mnemonic::Cmovae
            | Mnemonic::Cmovb
            | Mnemonic::Cmovbe
            | Mnemonic::Cmove
            | Mnemonic::Cmovg
            | Mnemonic::Cmovge
            | Mnemonic::Cmovl
            | Mnemonic::Cmovle
            | Mnemonic::Cmovne
            | Mnemonic::Cmovno
            | Mnemonic::Cmovnp
            | Mnemonic::Cmovns
            | Mnemonic::Cmovo
            | Mnemonic::Cmovp
            | Mnemonic::Cmovs
    )
}

/// Whether an instruction writes %rsp other than by a constant amount (push, pop
/// of another register, call, ret, `add`/`sub` of an immediate, `lea N(%rsp),%rsp`,
/// `pushf`/`popf`). The one answer scan's pre-filter and the analysis share:
/// iced-x86's instruction info decides what writes %rsp.
pub fn writes_rsp_non_constant(
    info: &mut InstructionInfoFactory,
    ins: &iced_x86::Instruction,
) -> bool {
    let op0_rsp = ins.op_count() > 0
        && ins.op0_kind() == OpKind::Register
        && ins.op0_register().full_register() == Register::RSP;
    // The implicit stack operations move %rsp by a constant (asked first: they
    // are common, and instruction info is not free).
    match ins.mnemonic() {
        Mnemonic::Push
        | Mnemonic::Pushf
        | Mnemonic::Pushfq
        | Mnemonic::Popf
        | Mnemonic::Popfq
        | Mnemonic::Call
        | Mnemonic::Ret
        | Mnemonic::Retf => return false,
        Mnemonic::Pop => return op0_rsp,
        _ => {}
    }
    let writes = info
        .info(ins)
        .used_registers()
        .iter()
        .any(|u| u.register().full_register() == Register::RSP && is_write(u.access()));
    if !writes {
        return false;
    }
    match ins.mnemonic() {
        Mnemonic::Add | Mnemonic::Sub => {
            !(ins.op0_register() == Register::RSP
                && matches!(
                    ins.op1_kind(),
                    OpKind::Immediate8to64 | OpKind::Immediate32to64
                ))
        }
        Mnemonic::Lea => {
            !(ins.op0_register() == Register::RSP
                && ins.memory_base() == Register::RSP
                && ins.memory_index() == Register::None)
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stack(k: i64, sites: &[ProvenanceSite]) -> Val {
        Val::Stack {
            base: Base::Cfa,
            k,
            prov: sites.to_vec().into(),
        }
    }

    const COPY: ProvenanceSite = ProvenanceSite {
        off: 1,
        kind: SiteKind::Copy,
    };
    const RELOAD: ProvenanceSite = ProvenanceSite {
        off: 9,
        kind: SiteKind::Reload,
    };

    #[test]
    fn equal_values_join_to_the_union_of_their_sites() {
        let j = stack(-0x98, &[COPY]).join(&stack(-0x98, &[RELOAD]), 0x40);
        assert_eq!(j, stack(-0x98, &[COPY, RELOAD]));
    }

    #[test]
    fn different_offsets_or_origins_disagree_at_the_merge_point() {
        let lost = Val::Lost(Lost {
            why: LostWhy::PathsDisagree,
            at: 0x40,
            object: None,
        });
        assert_eq!(stack(-0x98, &[]).join(&stack(-0x90, &[]), 0x40), lost);
        // One path's pointer into the object at CFA-0x98: the join may point
        // only into that object.
        let into_object = Val::Lost(Lost {
            why: LostWhy::PathsDisagree,
            at: 0x40,
            object: Some((Base::Cfa, -0x98)),
        });
        assert_eq!(stack(-0x98, &[]).join(&Val::Ext(3), 0x40), into_object);
        assert_eq!(Val::Ext(3).join(&stack(-0x98, &[]), 0x40), into_object);
    }

    #[test]
    fn a_join_never_hides_a_new_pointer_into_the_frame() {
        // A clobbered register holds at most pointers handed out already; joined
        // with a stack address it may hold a new one, into that address's object.
        let clobber = Val::Lost(Lost {
            why: LostWhy::CallClobber,
            at: 7,
            object: None,
        });
        let new_pointer = Val::Lost(Lost {
            why: LostWhy::PathsDisagree,
            at: 0x40,
            object: Some((Base::Cfa, -8)),
        });
        assert_eq!(clobber.join(&stack(-8, &[]), 0x40), new_pointer);
        assert_eq!(stack(-8, &[]).join(&clobber, 0x40), new_pointer);
        // ... and joined with that again, it keeps the object.
        assert_eq!(new_pointer.join(&clobber, 0x50), new_pointer);
        assert_eq!(clobber.join(&new_pointer, 0x50), new_pointer);
        // Two different objects: no single object.
        let other = Val::Lost(Lost {
            why: LostWhy::NonConstant,
            at: 3,
            object: Some((Base::Cfa, -0x10)),
        });
        let Val::Lost(j) = new_pointer.join(&other, 0x60) else {
            panic!("not lost")
        };
        assert!(j.may_point_into_frame() && j.object.is_none());
        // A clobbered value with the stack address of the same object keeps it.
        assert_eq!(
            other.join(&stack(-0x10, &[]), 0x60),
            Val::Lost(Lost {
                why: LostWhy::NonConstant,
                at: 3,
                object: Some((Base::Cfa, -0x10)),
            })
        );
    }

    /// The fast answer of `changes_only_flags_and_where_control_goes` is what
    /// the generic rule does: nothing, for every form of those instructions
    /// (registers of every width, memory through stack-derived and other
    /// bases, `rep`/`lock`/segment prefixes, immediates, short and near
    /// jumps), from states holding stack values, slots, escaped and tainted
    /// state, in both modes and registers-only.
    #[test]
    fn flags_only_instructions_change_nothing() {
        let encodings: &[&[u8]] = &[
            &[0x48, 0x39, 0xc4],                         // cmp %rax,%rsp
            &[0x48, 0x3b, 0x04, 0x24],                   // cmp (%rsp),%rax
            &[0x48, 0x39, 0x44, 0x24, 0x08],             // cmp %rax,8(%rsp)
            &[0x80, 0x7d, 0xf8, 0x00],                   // cmpb $0,-8(%rbp)
            &[0x48, 0x83, 0xfc, 0x10],                   // cmp $0x10,%rsp
            &[0x3c, 0x05],                               // cmp $5,%al
            &[0x48, 0x3d, 0x00, 0x10, 0x00, 0x00],       // cmp $0x1000,%rax
            &[0x66, 0x39, 0xd8],                         // cmp %bx,%ax
            &[0x38, 0xe0],                               // cmp %ah,%al
            &[0x65, 0x48, 0x39, 0x04, 0x25, 0, 0, 0, 0], // cmp %rax,%gs:0
            &[0xf3, 0x48, 0x39, 0xc0],                   // rep cmp (prefix ignored)
            &[0x48, 0x85, 0xc0],                         // test %rax,%rax
            &[0x85, 0x04, 0x24],                         // test %eax,(%rsp)
            &[0xf6, 0x45, 0xf0, 0x01],                   // testb $1,-0x10(%rbp)
            &[0xa8, 0x01],                               // test $1,%al
            &[0x48, 0xa9, 0xff, 0, 0, 0],                // test $0xff,%rax
            &[0x74, 0x02],                               // je .+4
            &[0x0f, 0x85, 0x10, 0, 0, 0],                // jne near
            &[0x70, 0xfe],                               // jo (to itself)
            &[0x2e, 0x74, 0x02],                         // cs je (branch hint)
            &[0xeb, 0x02],                               // jmp short
            &[0xe9, 0x10, 0, 0, 0],                      // jmp near
            &[0xf2, 0xe9, 0x10, 0, 0, 0],                // bnd jmp
            &[0x90],                                     // nop
            &[0x66, 0x90],                               // xchg %ax,%ax
            &[0x0f, 0x1f, 0x44, 0x00, 0x00],             // nopl 0(%rax,%rax)
            &[0x66, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0],    // nopw 0(%rax,%rax)
            &[0x0f, 0x1f, 0x04, 0x24],                   // nopl (%rsp)
            &[0x0f, 0x18, 0x04, 0x24],                   // prefetchnta: not in the set
            &[0xf3, 0x0f, 0x1e, 0xfa],                   // endbr64
        ];
        let mut rich = State::entry();
        rich.regs[RAX] = stack(-0x20, &[COPY]);
        rich.regs[3] = Val::Lost(Lost {
            why: LostWhy::PathsDisagree,
            at: 3,
            object: Some((Base::Cfa, -0x18)),
        });
        rich.regs[RBP] = stack(-0x10, &[]);
        rich.regs[RCX] = Val::Const(4);
        Rc::make_mut(&mut rich.slots).insert((Base::Cfa, -0x20), stack(-0x30, &[RELOAD]));
        Rc::make_mut(&mut rich.escaped).insert((Base::Cfa, -0x18));
        rich.fresh.push((Base::Cfa, -0x20, -0x18));
        let mut tainted = rich.clone();
        tainted.other_regs_tainted = true;
        tainted.escaped_any = true;
        tainted.leaked = true;
        tainted.df = Df::Set;
        let mut fast = 0;
        for bytes in encodings {
            let insns = crate::x86::decode::decode_raw(bytes);
            let insn = &insns[0];
            assert!(!insn.ins.is_invalid(), "{bytes:02x?}");
            if !changes_only_flags_and_where_control_goes(&insn.ins) {
                continue;
            }
            fast += 1;
            for mut an in [
                Analyzer::new(Mode::Strict),
                Analyzer::new(Mode::InBounds),
                Analyzer::registers_only(),
            ] {
                for before in [State::entry(), rich.clone(), tainted.clone()] {
                    let mut after = before.clone();
                    let mut writes = 0;
                    an.generic(&mut after, insn, &mut |_| writes += 1);
                    assert_eq!(after, before, "{} changes the state", insn.ins);
                    assert_eq!(writes, 0, "{} writes %rsp", insn.ins);
                }
            }
        }
        assert_eq!(fast, encodings.len() - 1);
    }

    #[test]
    fn constants_join_only_when_equal() {
        assert_eq!(Val::Const(4).join(&Val::Const(4), 1), Val::Const(4));
        assert_eq!(Val::Const(4).join(&Val::Const(5), 1), Val::Ext(NO_IDENTITY));
    }

    #[test]
    fn state_join_reports_change_and_drops_non_stack_slots() {
        let mut a = State::entry();
        Rc::make_mut(&mut a.slots).insert((Base::Cfa, -0x20), stack(-0x30, &[COPY]));
        let b = State::entry();
        assert!(a.join_from(&b, 0x10));
        assert_eq!(
            a.slots.get(&(Base::Cfa, -0x20)),
            Some(&Val::Lost(Lost {
                why: LostWhy::PathsDisagree,
                at: 0x10,
                object: Some((Base::Cfa, -0x30)),
            }))
        );
        assert!(!a.clone().join_from(&a, 0x10));
    }

    /// Slots on one side only, on both with equal and with different values,
    /// interleaved in key order and on another base: each joins with what the
    /// other side holds there (nothing: a value not derived from the stack).
    #[test]
    fn state_join_walks_both_slot_maps_in_key_order() {
        let absent = Val::Ext(NO_IDENTITY);
        let anchor = Base::Anchor(4);
        let mut a = State::entry();
        let mut b = State::entry();
        Rc::make_mut(&mut a.slots).insert((Base::Cfa, -0x40), stack(-0x48, &[COPY]));
        Rc::make_mut(&mut b.slots).insert((Base::Cfa, -0x38), stack(-0x50, &[COPY]));
        Rc::make_mut(&mut a.slots).insert((Base::Cfa, -0x30), stack(-0x30, &[COPY]));
        Rc::make_mut(&mut b.slots).insert((Base::Cfa, -0x30), stack(-0x30, &[COPY]));
        Rc::make_mut(&mut a.slots).insert((Base::Cfa, -0x28), stack(-0x60, &[COPY]));
        Rc::make_mut(&mut b.slots).insert((Base::Cfa, -0x28), stack(-0x68, &[COPY]));
        Rc::make_mut(&mut b.slots).insert((anchor, 8), stack(-0x70, &[COPY]));
        Rc::make_mut(&mut b.escaped).insert((Base::Cfa, -0x30));
        let before = a.clone();
        assert!(a.join_from(&b, 0x20));
        for (key, theirs) in b.slots.iter() {
            let mine = before.slots.get(key).unwrap_or(&absent);
            assert_eq!(a.slots.get(key), Some(&mine.join(theirs, 0x20)), "{key:?}");
        }
        assert_eq!(
            a.slots.get(&(Base::Cfa, -0x40)),
            Some(&before.slots[&(Base::Cfa, -0x40)].join(&absent, 0x20))
        );
        assert_eq!(a.slots.len(), 5);
        assert!(a.escaped.contains(&(Base::Cfa, -0x30)));
        assert!(!a.join_from(&b, 0x20));
    }

    #[test]
    fn direction_flags_join_to_unknown() {
        let mut a = State::entry();
        let mut b = State::entry();
        b.df = Df::Set;
        assert!(a.join_from(&b, 4));
        assert_eq!(a.df, Df::Unknown);
    }
}
