//! The scan pipeline: inputs → modules → functions → findings (+ source chains,
//! explain listings and traces), in parallel, deterministically ordered.

use crate::analysis::cfg::Cfg;
use crate::analysis::findings::{
    AsmCall, Finding, FunctionContext, Source, SourceFrame, classify, describe_val, restored_from,
};
use crate::analysis::own_frame::OwnFrameVerdict;
use crate::analysis::stack::{
    Analyzer, IN_BOUNDS_ASSUMPTION, Mode, PROTOTYPES_ASSUMPTION, REG_NAMES, RSP, RspWrite, State,
    Val, writes_rsp_non_constant,
};
use crate::error::InputError;
use crate::input::across_inputs::FromOtherInputs;
use crate::input::discover::{Input, discover};
use crate::input::dwarf::{DwarfIndex, DwarfSections};
use crate::input::elf::{Function, Module, load_without_code_entries};
use crate::input::entries::FunctionPass;
use crate::input::entries::Readings;
use crate::objtool::model::{Cause, CfaBase, FunctionFacts, ObjtoolVerdict, simulate};
use crate::x86::decode::{Flow, Incomplete, Insn, decode_for_analysis};
use iced_x86::{Formatter, Mnemonic, OpKind, Register};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Clone, Debug, Default)]
pub struct ScanOptions {
    /// Attach annotated listings of functions with findings.
    pub explain: bool,
    /// Attach a per-instruction state trace of functions with this name.
    pub trace: Option<String>,
    /// Resolve DWARF source chains for findings.
    pub source: bool,
}

/// One line of an annotated listing.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ListingLine {
    pub offset: u32,
    pub text: String,
    /// Callee or jump target named from a relocation or symbol.
    pub target: Option<String>,
    /// copy / move / spill / reload / restore / back-edge / lost.
    pub marks: Vec<&'static str>,
    /// Tracked values after the instruction (`rcx = CFA-0x98`): changes only in
    /// listings, everything in traces.
    pub values: Vec<String>,
    /// objtool's modelled CFA before the instruction (`rsp+0x98`), in traces.
    pub objtool_cfa: Option<String>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct FunctionDetail {
    pub file: String,
    pub function: String,
    pub section: String,
    pub trace: bool,
    pub lines: Vec<ListingLine>,
}

/// Everything a scan found in one input.
#[derive(Debug, Default)]
pub struct ModuleScan {
    pub path: String,
    pub findings: Vec<Finding>,
    pub details: Vec<FunctionDetail>,
    /// Problems with parts of the file; the rest was scanned.
    pub problems: Vec<String>,
    pub functions: usize,
    pub analysed_functions: usize,
    pub instructions: usize,
    /// Functions whose analysis stopped at the work budget (findings may be
    /// incomplete there).
    pub unconverged: Vec<String>,
    /// Writes of %rsp in code no function symbol covers, not analysed.
    pub unanalysed: Vec<UnanalysedWrite>,
    /// How far the input's own boot-time patches write past its sections'
    /// edges (`boot_patches::Spill`), for the other inputs of the scan.
    pub patch_spill: crate::input::boot_patches::Spill,
}

/// A write of %rsp the analysis does not reach (`rsp_writes_outside_functions`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct UnanalysedWrite {
    pub section: String,
    /// Offset in the section.
    pub offset: u64,
    /// The instruction, as objdump would show it.
    pub instruction: String,
}

/// The whole run.
#[derive(Debug, Default)]
pub struct ScanResult {
    pub modules: Vec<ModuleScan>,
    pub errors: Vec<InputError>,
    /// 32-bit objects passed over in directory walks.
    pub skipped_32bit: usize,
    /// `.o` files in directories that are no ELF, passed over.
    pub skipped_not_elf: Vec<String>,
}

pub fn scan_paths(paths: &[PathBuf], opts: &ScanOptions) -> ScanResult {
    let found = discover(paths);
    let mut errors = found.errors;
    // A reference from one input into another's function (`jmp f+13`)
    // is a way in that the claims about f must see.
    let inputs = found.inputs;
    let join = crate::input::across_inputs::read(&inputs);
    let mut results: Vec<Result<ModuleScan, InputError>> = inputs
        .par_iter()
        .enumerate()
        .map(|(i, input)| {
            let scan = scan_input(input.clone(), join.references(i), opts);
            // Kept mapped for a second scan: not kept resident (one input
            // alone is not scanned again, and the exit unmaps it).
            if inputs.len() > 1 {
                input.backing.release(input.range.clone());
            }
            scan
        })
        .collect();
    // Another input computing from an address of an input's code takes
    // every claim of it away: read for the inputs with claims only, which
    // are scanned again with it.
    let claiming: Vec<usize> = results
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.as_ref().is_ok_and(|m| {
                m.findings
                    .iter()
                    .any(|f| f.restore_redundant || f.rsp_delta.is_some())
            })
        })
        .map(|(i, _)| i)
        .collect();
    // So does a callee another input defines whose code there does not keep
    // the calling convention (`Join::callee_contracts`), for the claims
    // across calls to it.
    let mut again: std::collections::BTreeMap<usize, FromOtherInputs> =
        join.computed_from(&inputs, &claiming).into_iter().collect();
    for (i, contracts) in join.callee_contracts(&inputs, &claiming) {
        let from_others = again
            .remove(&i)
            .unwrap_or_else(|| join.references(i).clone());
        again.insert(i, from_others.with_callee_contracts(contracts));
    }
    // And so does a boot-time patch of any input that writes past its
    // section's edges, for the functions at the edges of theirs, where
    // the link may place its bytes (`boot_patches`).
    let spill = results
        .iter()
        .flatten()
        .fold(crate::input::boot_patches::Spill::default(), |s, m| {
            s.max(&m.patch_spill)
        });
    if !spill.is_none() {
        for &i in &claiming {
            let own = results[i].as_ref().map(|m| &m.patch_spill);
            if own.is_ok_and(|own| (own.forward, own.backward) == (spill.forward, spill.backward)) {
                continue;
            }
            let from_others = again
                .remove(&i)
                .unwrap_or_else(|| join.references(i).clone());
            again.insert(i, from_others.with_neighbour_spill(spill.clone()));
        }
    }
    let again: Vec<(usize, Result<ModuleScan, InputError>)> = again
        .into_par_iter()
        .map(|(i, from_others)| (i, scan_input(inputs[i].clone(), &from_others, opts)))
        .collect();
    for (i, scan) in again {
        results[i] = scan;
    }
    let mut modules = Vec::new();
    for r in results {
        match r {
            Ok(m) => modules.push(m),
            Err(e) => errors.push(e),
        }
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    ScanResult {
        modules,
        errors,
        skipped_32bit: found.skipped_32bit,
        skipped_not_elf: found.skipped_not_elf,
    }
}

fn scan_input(
    input: Input,
    from_others: &FromOtherInputs,
    opts: &ScanOptions,
) -> Result<ModuleScan, InputError> {
    // A whole linked image's DWARF unit ranges are read while it loads
    // (`linked_image_unit_ranges`); the loaded module's DWARF is the same
    // bytes.
    let data = input.backing.bytes().get(input.range.clone());
    let (loaded, unit_ranges) = rayon::join(
        || load_without_code_entries(input.display, input.backing.clone(), input.range.clone()),
        || {
            let min_code_bytes = WHOLE_IMAGE_CODE_BYTES as u64;
            data.filter(|_| opts.source).and_then(|data| {
                crate::input::dwarf::linked_image_unit_ranges(data, min_code_bytes)
            })
        },
    );
    let mut module = loaded?;
    from_others.apply(&mut module);
    // The ways into functions that only code shows are read for the
    // analysis of the functions that need the long way; most objects have
    // none, and reading them is most of what such an object costs. `reuse`:
    // what a first analysis without some of them gives where the second
    // would give the same (`scan_before_reading_anywhere`).
    let mut reuse: Vec<Option<FunctionOutcome>> = Vec::new();
    let quick = match quick_looks_if_nothing_needs_the_long_way(&module, opts) {
        Ok(quick) => quick,
        Err(first_long_way) => {
            // Not for a whole image (it has findings that could be claimed all
            // but surely), a trace, nor an object whose first function that
            // needs the long way will surely need the analysis in full.
            let code_bytes: usize = module.sections.iter().map(|s| s.file_range.len()).sum();
            if opts.trace.is_none()
                && code_bytes <= WHOLE_IMAGE_CODE_BYTES
                && first_long_way != FirstLongWay::MovesIntoRsp
            {
                match scan_before_reading_anywhere(&mut module, opts) {
                    FirstReading::Final(scan) => {
                        rayon::spawn(move || drop(module));
                        return Ok(scan);
                    }
                    FirstReading::Again(kept) => reuse = kept,
                }
            }
            // Every function is decoded once: for those ways in, and for the
            // quick look that spares most functions the long way.
            let (found, quick) = read_ways_in(&module, Readings::All);
            module.add_code_entries(found);
            quick
        }
    };
    let reuse = (!reuse.is_empty()).then_some(&reuse[..]);
    let scan = scan_module_with(&module, opts, Some(&quick), true, reuse, None, unit_ranges);
    // Freeing a whole image's million allocations takes longer than reading
    // its DWARF index: let an idle worker do it (or the process exit).
    rayon::spawn(move || drop(module));
    Ok(scan)
}

/// The ways into `module`'s functions its code shows (`entries::from_code_with`),
/// with each function's quick look taken in the same decode.
fn read_ways_in(
    module: &Module,
    readings: Readings,
) -> (
    crate::input::entries::CodeReferences,
    Vec<Option<QuickVerdict>>,
) {
    crate::input::entries::from_code_with(module, readings, || QuickLook {
        module,
        function: None,
        state: QuickState::default(),
    })
}

/// What `scan_before_reading_anywhere` leaves `scan_input` to do.
enum FirstReading {
    /// Every finding is claimless: the report.
    Final(ModuleScan),
    /// Read every way in and analyse again, taking these outcomes (by
    /// function) as they are.
    Again(Vec<Option<FunctionOutcome>>),
}

/// Most objects that need the long way have only realignments to report
/// (`Finding::claimless`: 510 of 789 in a KMSAN build directory), and the
/// readings that only refuse claims (`Readings::WithoutAnywhere`) are most of
/// what reading the ways in costs: the object is analysed without them first
/// (the module marked, so that nothing is claimed). Where a finding could be
/// claimed, `module` is left as it was before, and a function whose findings
/// are all claimless is analysed the same with the readings as without: its
/// outcome is kept (with `--explain`, whose listings the outcomes carry,
/// every function is analysed again).
fn scan_before_reading_anywhere(module: &mut Module, opts: &ScanOptions) -> FirstReading {
    let relocated = (
        module.interior_entries.clone(),
        module.address_taken.clone(),
        module.ways_in_in_bounds.clone(),
    );
    let (found, quick) = read_ways_in(module, Readings::WithoutAnywhere);
    module.add_code_entries(found);
    module.ways_in_deferred = true;
    // Without source lines: realignments get none (`wants_source`), and where
    // another finding wants them the object is analysed again.
    let first = ScanOptions {
        source: false,
        ..opts.clone()
    };
    // A function that needs the analysis in full (only realignments are
    // decided without it: `realignments_only`) has findings that could be
    // claimed, all but surely: the functions are analysed until the first
    // such, and the object is then read again without finishing this
    // reading (each of the 264 objects of a KMSAN build directory that is
    // read again has one; none of the 525 reported from this reading).
    let stop = Arc::new(AtomicBool::new(false));
    let analysed: Vec<Option<FunctionOutcome>> = if opts.explain {
        Vec::new()
    } else {
        let analyzers = || Analyzers {
            stop_at_full_analysis: Some(stop.clone()),
            ..Analyzers::default()
        };
        module
            .functions
            .par_iter()
            .zip(&quick)
            .map_init(analyzers, |an, (f, quick)| {
                (!stop.load(Ordering::Relaxed)).then(|| {
                    analyse_function(an, module, f, &first, &CallFacts::default(), *quick, true)
                })
            })
            .collect()
    };
    let stopped = stop.load(Ordering::Relaxed);
    let mut outcomes = Vec::new();
    let scan = (!stopped).then(|| {
        let reuse = (!analysed.is_empty()).then_some(&analysed[..]);
        scan_module_with(
            module,
            &first,
            Some(&quick),
            true,
            reuse,
            Some(&mut outcomes),
            None,
        )
    });
    if let Some(scan) = scan.filter(|s| s.findings.iter().all(Finding::claimless)) {
        return FirstReading::Final(scan);
    }
    // As before this reading: the full one starts from the ways in the
    // relocations give, as it does in one go.
    (
        module.interior_entries,
        module.address_taken,
        module.ways_in_in_bounds,
    ) = relocated;
    module.ways_in_deferred = false;
    // (Forgets what was derived from the entries just replaced.)
    module.add_entries(Vec::new(), Vec::new());
    FirstReading::Again(if opts.explain || stopped {
        Vec::new()
    } else {
        outcomes
            .into_iter()
            .map(|o| o.findings.iter().all(Finding::claimless).then_some(o))
            .collect()
    })
}

/// Every function's quick look, taken in address order, when none needs the
/// long way (then no function reaches the stack analysis, the only reader of
/// the ways in that code shows: `scan_input` need not read them); at the
/// first that does (early in a whole image), what sent it there; when a
/// function is traced, `FirstLongWay::Other`.
fn quick_looks_if_nothing_needs_the_long_way(
    module: &Module,
    opts: &ScanOptions,
) -> Result<Vec<Option<QuickVerdict>>, FirstLongWay> {
    if opts.trace.is_some() {
        return Err(FirstLongWay::Other);
    }
    let mut an = Analyzers::default();
    let mut quick = Vec::with_capacity(module.functions.len());
    for f in &module.functions {
        // Set only by this function's look, where it is taken.
        an.quick.moves_into_rsp = false;
        match quick_verdict(&mut an, module, f, annotations_need_model(module, f), None) {
            QuickVerdict::LongWay => {
                return Err(if an.quick.moves_into_rsp {
                    FirstLongWay::MovesIntoRsp
                } else {
                    FirstLongWay::Other
                });
            }
            verdict => quick.push(Some(verdict)),
        }
    }
    Ok(quick)
}

/// What sent an object's first function the long way, as far as it tells
/// whether the object will need the analysis in full
/// (`scan_before_reading_anywhere` is wasted on one that does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FirstLongWay {
    /// %rsp written by a `mov` from a register or memory: KMSAN's restore,
    /// a stack switch, an epilogue from a copy of %rsp. In a KMSAN build
    /// directory every object whose first such function has one (157)
    /// needed the analysis in full; of those whose first has a realignment
    /// (`and $-16,%rsp`) 106 of 616 did. Only the cost depends on it.
    MovesIntoRsp,
    Other,
}

/// What `analyse_function` decides before decoding `f`: a function objtool
/// reads annotations of (`annotated`, `annotations_need_model`) or whose
/// alternatives' replacements write %rsp goes the long way whatever its own
/// bytes say; otherwise its quick look (`taken` when it was taken in the
/// shared decode).
fn quick_verdict(
    an: &mut Analyzers,
    module: &Module,
    f: &Function,
    annotated: bool,
    taken: Option<QuickVerdict>,
) -> QuickVerdict {
    if annotated || replacements_write_rsp(an, module, f) {
        return QuickVerdict::LongWay;
    }
    taken.unwrap_or_else(|| own_bytes_write_rsp_interestingly(an, module, f))
}

/// Does any instruction write %rsp other than push/pop/call/ret or a constant
/// add/sub? Only those can be findings, so other functions need no analysis.
fn writes_rsp_interestingly(an: &mut Analyzers, insns: &[Insn]) -> bool {
    // The same answer the analysis uses for "writes %rsp" (iced-x86's
    // instruction info), behind a cheap test that only rules out instructions
    // with no %rsp operand and no implicit stack effect.
    // A jump into the middle of an instruction reaches code the listing does not
    // show: analyse (and report) it too.
    let starts_at = |t: u32| insns.binary_search_by_key(&t, |i| i.off).is_ok();
    insns.iter().any(|i| {
        (may_write_rsp(&i.ins) && writes_rsp_non_constant(an.strict.info_factory(), &i.ins))
            || match i.flow {
                Flow::Jump(t) | Flow::CondJump(t) => !starts_at(t),
                _ => false,
            }
            || i.ex_fixup.is_some_and(|t| !starts_at(t))
            || i.jump_label.is_some_and(|t| !starts_at(t))
    })
}

/// What a look at a function's own bytes (`QuickLook`) decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuickVerdict {
    /// Neither the analysis nor objtool's walk matters here: the function
    /// holds this many instructions (undecodable bytes count one each, as in
    /// `decode`).
    Nothing(usize),
    /// Every test `QuickLook` makes passed, so no finding and nothing fatal
    /// to objtool (the same tests rule that out for `Nothing`), but
    /// objtool's walk of it may matter: it copies %rsp to %rbp (a frame
    /// pointer), or its last instruction may go on past its bytes (objtool
    /// walks on into what follows; the model calls that uncertain). The walk
    /// only says whether ORC generation may stop in it, which matters to
    /// findings later in the object: walked once one wants it
    /// (`walk_deferred_where_wanted`). This many instructions.
    WalkOnly(usize),
    /// Decode and look at everything.
    LongWay,
}

/// The same question as `writes_rsp_interestingly`, asked of a function's own
/// bytes without building its instructions (most functions answer no, a
/// KMSAN function with a frame pointer `WalkOnly`). Scan asks it of
/// every function in the decode that finds the ways into them (`QuickLook`
/// in `entries::from_code_with`); this is the same look for one function.
fn own_bytes_write_rsp_interestingly<'m>(
    an: &mut Analyzers,
    module: &'m Module,
    f: &'m Function,
) -> QuickVerdict {
    let mut look = QuickLook {
        module,
        function: Some(f),
        state: std::mem::take(&mut an.quick),
    };
    look.begin();
    for (pos, ins) in crate::x86::decode::instructions(module.function_bytes(f)) {
        look.instruction(pos, &ins);
        if look.state.interesting {
            break;
        }
    }
    let verdict = look.finish();
    an.quick = look.state;
    verdict
}

/// What `QuickLook` keeps from one function to the next: a whole image has a
/// hundred thousand functions, and fresh buffers for each cost more than
/// reading their bytes.
struct QuickState {
    info: iced_x86::InstructionInfoFactory,
    /// Instruction starts and the function's own branch targets so far.
    starts: Vec<u32>,
    targets: Vec<u32>,
    /// An instruction seen so far needs the long way.
    interesting: bool,
    /// An instruction seen so far copies %rsp to %rbp.
    frame_pointer: bool,
    /// The instruction that made it `interesting` writes %rsp by `mov`.
    moves_into_rsp: bool,
    /// How the last instruction seen goes on.
    last_flow: Option<iced_x86::FlowControl>,
}

impl Default for QuickState {
    fn default() -> Self {
        QuickState {
            info: iced_x86::InstructionInfoFactory::new(),
            starts: Vec::new(),
            targets: Vec::new(),
            interesting: false,
            frame_pointer: false,
            moves_into_rsp: false,
            last_flow: None,
        }
    }
}

/// `own_bytes_write_rsp_interestingly` instruction by instruction.
struct QuickLook<'m> {
    module: &'m Module,
    /// The function being looked at.
    function: Option<&'m Function>,
    state: QuickState,
}

impl QuickLook<'_> {
    fn begin(&mut self) {
        let state = &mut self.state;
        state.starts.clear();
        state.targets.clear();
        state.interesting = false;
        state.frame_pointer = false;
        state.moves_into_rsp = false;
        state.last_flow = None;
    }

    /// Whether this instruction alone sends the function the long way.
    fn needs_long_way(&mut self, f: &Function, pos: u32, ins: &iced_x86::Instruction) -> bool {
        let module = self.module;
        // objtool's decode gives up on the object at bytes it cannot decode.
        if ins.is_invalid() {
            return true;
        }
        if may_write_rsp(ins) && writes_rsp_non_constant(&mut self.state.info, ins) {
            self.state.moves_into_rsp = ins.mnemonic() == Mnemonic::Mov;
            return true;
        }
        // Noted, and the look goes on: only its walk may matter.
        self.state.frame_pointer |= copies_rsp_to_rbp(ins);
        self.state.last_flow = Some(ins.flow_control());
        if unfindable_branch_destination(module, f, pos, ins).is_some() {
            return true;
        }
        matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
            && self.direct_branch(
                f,
                pos,
                ins.mnemonic() == Mnemonic::Call && ins.op0_kind() == OpKind::NearBranch64,
                ins.flow_control(),
                ins.near_branch_target(),
            )
    }

    /// A direct call or jump at `pos` to `target` (function-relative):
    /// whether it alone sends the function the long way. A call into the
    /// function's own code without a relocation (with one, the displacement
    /// is the linker's) is objtool's fatal intra-function call; a jump
    /// inside it is kept for the look at where jumps land (`finish`).
    fn direct_branch(
        &mut self,
        f: &Function,
        pos: u32,
        is_call: bool,
        flow: iced_x86::FlowControl,
        target: u64,
    ) -> bool {
        if is_call && (1..f.size).contains(&target) {
            let field = f.offset + pos as u64 + 1;
            if self.module.sections[f.section]
                .relocs_in(field, field + 4)
                .is_empty()
            {
                return true;
            }
        }
        if matches!(
            flow,
            iced_x86::FlowControl::UnconditionalBranch | iced_x86::FlowControl::ConditionalBranch
        ) && target < f.size
        {
            self.state.targets.push(target as u32);
        }
        false
    }
}

impl crate::input::entries::FunctionPass for QuickLook<'_> {
    type Out = QuickVerdict;

    fn start(&mut self, function: usize) {
        self.function = self.module.functions.get(function);
        self.begin();
    }

    fn instruction(&mut self, pos: u32, ins: &iced_x86::Instruction) {
        if self.state.interesting {
            return;
        }
        self.state.starts.push(pos);
        let Some(f) = self.function else { return };
        self.state.interesting = self.needs_long_way(f, pos, ins);
    }

    /// What `instruction` does with an instruction `x86::lean` reads: it
    /// is valid, names %rsp as no register and loads no %rbp, so it neither
    /// writes %rsp from a value nor copies it to %rbp
    /// (`lean_quick_look_disagrees`); a linked image's branches name no
    /// symbol (`unfindable_branch_destination` is for objects).
    fn lean_instruction(&mut self, pos: u32, lean: &crate::x86::lean::Lean) -> bool {
        if self.module.kind == crate::input::elf::ModuleKind::Relocatable {
            return false;
        }
        if self.state.interesting {
            return true;
        }
        self.state.starts.push(pos);
        let Some(f) = self.function else { return true };
        self.state.last_flow = Some(lean.flow);
        if let Some(target) = lean.branch_target(u64::from(pos)) {
            let is_call = lean.flow == iced_x86::FlowControl::Call;
            self.state.interesting = self.direct_branch(f, pos, is_call, lean.flow, target);
        }
        true
    }

    fn finish(&mut self) -> QuickVerdict {
        if self.state.interesting {
            return QuickVerdict::LongWay;
        }
        let module = self.module;
        let Some(f) = self.function else {
            return QuickVerdict::LongWay;
        };
        let section = &module.sections[f.section];
        let walk_wanted =
            self.state.frame_pointer || may_go_on_past_its_bytes(self.state.last_flow);
        let QuickState {
            starts, targets, ..
        } = &mut self.state;
        let (lo, hi) = (f.offset, f.offset + f.size);
        let inside = |t: u64| (t >= lo && t < hi).then(|| (t - lo) as u32);
        let first = section.jump_labels.partition_point(|j| j.0 < lo);
        for &(_, t) in section.jump_labels[first..].iter().take_while(|j| j.0 < hi) {
            targets.extend(inside(t));
        }
        let first = section.ex_fixups.partition_point(|e| e.0 < lo);
        for &(_, t, _) in section.ex_fixups[first..].iter().take_while(|e| e.0 < hi) {
            targets.extend(inside(t));
        }
        // A jump into the middle of an instruction reaches code the listing does
        // not show; an alternative whose site is no instruction is fatal to
        // objtool (`special: can't find orig instruction`).
        targets.extend(
            alternatives_of(module, f)
                .iter()
                .map(|a| (a.site - lo) as u32),
        );
        let overlapping = targets.iter().any(|t| starts.binary_search(t).is_err());
        // A replacement's jump objtool may not find the destination of.
        let is_start = |t: u32| starts.binary_search(&t).is_ok();
        let unfindable = alternatives_of(module, f)
            .iter()
            .any(|a| !replacement_jumps_findable(module, f, a, &is_start));
        match (overlapping || unfindable, walk_wanted) {
            (true, _) => QuickVerdict::LongWay,
            (false, true) => QuickVerdict::WalkOnly(starts.len()),
            (false, false) => QuickVerdict::Nothing(starts.len()),
        }
    }
}

/// Where `x86::lean` reads the instruction at the start of `bytes`, whether
/// the quick look would see it otherwise in iced-x86's decode: invalid, a
/// write of %rsp from a value, a copy of %rsp to %rbp, another flow, or a
/// direct call or branch that is not one there (None where they agree or
/// nothing is read lean; else what differs).
pub fn lean_quick_look_disagrees(bytes: &[u8]) -> Option<String> {
    let lean = crate::x86::lean::decode(bytes)?;
    let ins = iced_x86::Decoder::new(64, bytes, iced_x86::DecoderOptions::NONE).decode();
    let differs = |what: &str| Some(format!("{what}: {ins} ({:?}), lean {lean:?}", ins.code()));
    if ins.is_invalid() {
        return differs("invalid");
    }
    if may_write_rsp(&ins)
        && writes_rsp_non_constant(&mut iced_x86::InstructionInfoFactory::new(), &ins)
    {
        return differs("writes %rsp");
    }
    if copies_rsp_to_rbp(&ins) {
        return differs("copies %rsp to %rbp");
    }
    if ins.flow_control() != lean.flow {
        return differs("flow");
    }
    let direct = matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32);
    if direct != lean.branch.is_some()
        || (direct && ins.op0_kind() != OpKind::NearBranch64)
        || (ins.mnemonic() == Mnemonic::Call && direct)
            != (lean.flow == iced_x86::FlowControl::Call && lean.branch.is_some())
    {
        return differs("direct branch");
    }
    None
}

/// Whether a function whose last instruction goes on so (None: it has none)
/// may go on past its bytes: anything but a return or a jump (a call unless
/// to a function that never returns, `ud2` unless a BUG, bytes that are no
/// instruction). objtool walks on into what follows: code no symbol covers,
/// with the state the function left (`falls through to next function`
/// otherwise); the model calls that uncertain.
fn may_go_on_past_its_bytes(last: Option<iced_x86::FlowControl>) -> bool {
    !matches!(
        last,
        Some(
            iced_x86::FlowControl::Return
                | iced_x86::FlowControl::UnconditionalBranch
                | iced_x86::FlowControl::IndirectBranch
        )
    )
}

/// objtool's decode gives up on the whole object at a call or jump whose
/// destination it cannot find (`can't find call dest symbol`, `unsupported
/// call to non-function`, `can't find jump dest instruction`). Conservatively:
/// a call, or a jump leaving the function, must reach the start of a function
/// unless its relocation names the symbol (then objtool takes that symbol) or
/// a jump goes into an executable section without functions (the kernel's
/// `.altinstr_aux` slow paths; objtool decodes those sections whole). Calls
/// and jumps into the function's own code are judged elsewhere.
fn unfindable_branch_destination(
    module: &Module,
    f: &Function,
    pos: u32,
    ins: &iced_x86::Instruction,
) -> Option<String> {
    if module.kind != crate::input::elf::ModuleKind::Relocatable
        || !matches!(ins.op0_kind(), OpKind::NearBranch64 | OpKind::NearBranch32)
    {
        return None;
    }
    let is_call = ins.mnemonic() == Mnemonic::Call;
    if !is_call
        && !matches!(
            ins.flow_control(),
            iced_x86::FlowControl::UnconditionalBranch | iced_x86::FlowControl::ConditionalBranch
        )
    {
        return None;
    }
    let section = &module.sections[f.section];
    let start = f.offset + pos as u64;
    let (elf_index, dest) = match section
        .relocs_in(start + 1, start + ins.len() as u64)
        .first()
    {
        // A named symbol is objtool's call (or sibling call) destination.
        Some(r) => (r.target_section()?, (r.addend + 4) as u64),
        None => {
            let target = ins.near_branch_target();
            if target < f.size {
                return None;
            }
            (section.elf_index, f.offset.wrapping_add(target))
        }
    };
    if !is_call
        && elf_index != section.elf_index
        && module.target_section_executable(elf_index)
        && !module.section_has_functions(elf_index)
    {
        return None;
    }
    (!module.function_starts_at(elf_index, dest)).then(|| {
        format!(
            "a {} at +{pos:#x} to where no function starts (objtool may not find its destination)",
            if is_call { "call" } else { "jump" }
        )
    })
}

/// `mov %rsp,%rbp` or `lea N(%rsp),%rbp`: objtool may take %rbp as the CFA
/// base from here on, and then loses the CFA when %rbp is overwritten, a
/// function that never writes %rsp included.
fn copies_rsp_to_rbp(ins: &iced_x86::Instruction) -> bool {
    matches!(ins.mnemonic(), Mnemonic::Mov | Mnemonic::Lea)
        && ins.op0_kind() == OpKind::Register
        && ins.op0_register().full_register() == Register::RBP
        && match ins.op1_kind() {
            OpKind::Register => ins.op1_register().full_register() == Register::RSP,
            OpKind::Memory => ins.memory_base().full_register() == Register::RSP,
            _ => false,
        }
}

/// What objtool reads beside a function's bytes that makes its walk matter
/// even without a %rsp write: unwind hints, retpoline-safe annotations, no ELF
/// size, a static key on an instruction that is neither a jump nor a NOP
/// (objtool's decode gives up on the object there).
fn annotations_need_model(module: &Module, f: &Function) -> bool {
    let section = &module.sections[f.section];
    let (lo, hi) = (f.offset, f.offset + f.size);
    let any_inside = |list: &[u64]| {
        list.get(list.partition_point(|&o| o < lo))
            .is_some_and(|&o| o < hi)
    };
    if f.size_inferred || any_inside(&section.unwind_hints) || any_inside(&section.retpoline_safe) {
        return true;
    }
    let bytes = module.function_bytes(f);
    let first = section.jump_labels.partition_point(|j| j.0 < lo);
    section.jump_labels[first..]
        .iter()
        .take_while(|j| j.0 < hi)
        .any(|&(site, _)| {
            crate::x86::decode::instructions(&bytes[(site - lo) as usize..])
                .next()
                .is_none_or(|(_, ins)| !matches!(ins.mnemonic(), Mnemonic::Jmp | Mnemonic::Nop))
        })
}

/// Whether every jump in alternative `a`'s replacement lands where objtool
/// finds an instruction: one of the function's (`is_start`, function-relative),
/// the start of a function, an executable section without functions, or the
/// replacement itself. Otherwise objtool may give up on the object (`can't
/// find jump dest instruction`).
fn replacement_jumps_findable(
    module: &Module,
    f: &Function,
    a: &crate::input::elf::Alternative,
    is_start: &dyn Fn(u32) -> bool,
) -> bool {
    let own_section = module.sections[f.section].elf_index;
    crate::x86::decode::instructions(&a.replacement).all(|(pos, ins)| {
        if !matches!(
            ins.flow_control(),
            iced_x86::FlowControl::UnconditionalBranch | iced_x86::FlowControl::ConditionalBranch
        ) {
            return true;
        }
        let end = pos + ins.len() as u32;
        match a
            .branch_targets
            .iter()
            .find(|(o, _, _)| (pos..end).contains(o))
        {
            Some(&(_, sec, t))
                if sec == own_section && (f.offset..f.offset + f.size).contains(&t) =>
            {
                is_start((t - f.offset) as u32)
            }
            Some(&(_, sec, t)) => {
                module.function_starts_at(sec, t)
                    || (module.target_section_executable(sec) && !module.section_has_functions(sec))
            }
            // A linked image keeps the absolute target; the decode places it.
            None if a.address.is_some() => true,
            None => ins.near_branch_target() <= a.replacement.len() as u64,
        }
    })
}

/// The `.altinstructions` entries whose sites lie in function `f`.
fn alternatives_of<'m>(module: &'m Module, f: &Function) -> &'m [crate::input::elf::Alternative] {
    let all = &module.sections[f.section].alternatives;
    let first = all.partition_point(|a| a.site < f.offset);
    let end = all.partition_point(|a| a.site < f.offset + f.size);
    &all[first..end]
}

/// Whether replacement code of the function's `.altinstructions` sites may
/// write %rsp (or cannot be read: then the long way decides).
fn replacements_write_rsp(an: &mut Analyzers, module: &Module, f: &Function) -> bool {
    alternatives_of(module, f).iter().any(|a| {
        a.unreadable
            || crate::x86::decode::instructions(&a.replacement).any(|(_, ins)| {
                ins.is_invalid()
                    || (may_write_rsp(&ins)
                        && writes_rsp_non_constant(an.strict.info_factory(), &ins))
            })
    })
}

/// A superset of the instructions that write %rsp: an explicit %rsp (any width)
/// operand, or an implicit stack-pointer effect (`IMPLICIT_RSP_WRITERS`).
/// Checked against iced-x86's instruction info over every opcode of every map
/// (`tests/prefilter.rs`) and over random bytes (`tests` below).
pub fn may_write_rsp(ins: &iced_x86::Instruction) -> bool {
    if IMPLICIT_RSP_WRITERS[ins.code() as usize] {
        return true;
    }
    (0..ins.op_count()).any(|i| {
        ins.op_kind(i) == OpKind::Register && ins.op_register(i).full_register() == Register::RSP
    })
}

/// By iced-x86 `Code`: an instruction of it moves the stack pointer
/// (`stack_pointer_increment`: by code, but for `enter` and `ret imm16`,
/// whose amounts depend on their operands and are never zero) or writes
/// %rsp otherwise without naming it. Asked of every instruction of a whole image: a table
/// costs a load where working it out cost fifty instructions.
static IMPLICIT_RSP_WRITERS: std::sync::LazyLock<Vec<bool>> = std::sync::LazyLock::new(|| {
    iced_x86::Code::values()
        .map(|code| {
            let mut ins = iced_x86::Instruction::default();
            ins.set_code(code);
            ins.stack_pointer_increment() != 0
                || matches!(
                    code.mnemonic(),
                    Mnemonic::Leave
                        | Mnemonic::Enter
                        | Mnemonic::Pop
                        | Mnemonic::Iret
                        | Mnemonic::Iretd
                        | Mnemonic::Iretq
                        | Mnemonic::Lss
                        | Mnemonic::Sysexitq
                        | Mnemonic::Sysexit
                        | Mnemonic::Sysretq
                        | Mnemonic::Sysret
                        | Mnemonic::Eretu
                        | Mnemonic::Erets
                        | Mnemonic::Sysenter
                        // AMD's secure init: iced-x86 counts %rsp among what it writes
                        // (found by tests/prefilter.rs).
                        | Mnemonic::Skinit
                )
        })
        .collect()
});

/// What a claim in a linked image rests on: no relocations are left to say
/// where the image holds pointers into code, and a 4-byte, relative or
/// table-relative pointer to a place inside a function looks like any other
/// data (`input::entries` finds direct jumps and calls, RIP-relative and
/// immediate addresses, 8-byte pointers and `__ex_table` fixups only).
/// Objects and `vmlinux.o`
/// keep their relocations and are not affected.
pub const NO_HIDDEN_ENTRIES_ASSUMPTION: &str = "no-hidden-entries";

/// A linked image's claim becomes what it is there: a result under
/// `NO_HIDDEN_ENTRIES_ASSUMPTION`, reported and not claimed.
fn assume_no_hidden_entries(f: &mut Finding) {
    if f.rsp_delta.is_none() && f.assumed_rsp_delta.is_none() {
        return;
    }
    if f.rsp_delta.is_some() {
        f.assumed_rsp_delta = f.rsp_delta.take();
        f.restore_redundant = false;
        f.summary.push_str(
            " (not proven in a linked image: holds only if nothing but the code rspill sees leads into the function; scan the objects or vmlinux.o, whose relocations say where pointers into code are)",
        );
    }
    f.assumptions.push(NO_HIDDEN_ENTRIES_ASSUMPTION.to_string());
}

#[derive(Clone)]
struct FunctionOutcome {
    findings: Vec<Finding>,
    /// Boxed: a whole image's hundred thousand outcomes have one in a few.
    detail: Option<Box<FunctionDetail>>,
    /// Call offsets following each finding's restore (for the asm-call source).
    calls_after: Vec<Vec<(u32, Option<String>)>>,
    instructions: usize,
    analysed: bool,
    converged: bool,
    /// Where objtool's walk leaves this function with an undefined CFA first:
    /// (ELF section index, section offset).
    orc_undefined: Option<(usize, u64)>,
    /// The model does not cover how objtool walks this function (it may stop
    /// ORC generation anywhere in it).
    objtool_uncertain: bool,
    /// objtool's walk leaves instructions of it unvisited.
    objtool_unreachable: bool,
    /// objtool's decode gives up on the whole object because of this function.
    objtool_fatal: Option<String>,
    /// objtool's walk of it is left for later (`QuickVerdict::WalkOnly`):
    /// the three fields above are not known yet.
    walk_deferred: bool,
}

/// Code above which a module is a whole image (vmlinux, vmlinux.o, a large
/// archive member is not): it has findings that want source lines all but
/// surely, so its DWARF is indexed while its functions are analysed.
const WHOLE_IMAGE_CODE_BYTES: usize = 4 << 20;

pub fn scan_module(module: &Module, opts: &ScanOptions) -> ModuleScan {
    scan_module_with(module, opts, None, true, None, None, None)
}

/// `scan_module`, given each function's quick look when it was taken in the
/// decode that found the ways into functions (`QuickLook`); with
/// `defer_walks`, objtool's walks of frame-pointer functions wait until a
/// finding wants them (`walk_deferred_where_wanted`).
/// `reuse`: per function, an outcome to take instead of analysing it again;
/// `outcomes_out`: where to keep each function's outcome as analysed (before
/// what callees and claims change of them), for a later `reuse`.
fn scan_module_with(
    module: &Module,
    opts: &ScanOptions,
    quick: Option<&[Option<QuickVerdict>]>,
    defer_walks: bool,
    reuse: Option<&[Option<FunctionOutcome>]>,
    outcomes_out: Option<&mut Vec<FunctionOutcome>>,
    unit_ranges: Option<crate::input::dwarf::UnitRanges>,
) -> ModuleScan {
    let code_bytes: usize = module.sections.iter().map(|s| s.file_range.len()).sum();
    // A whole image's DWARF sections are loaded (for a relocatable one,
    // checking each relocation table's order reads all of it: 240 MB of a
    // KMSAN vmlinux.o) and indexed beside the analysis, not before it.
    let early_wanted = opts.source && code_bytes > WHOLE_IMAGE_CODE_BYTES;
    let early_sections: std::sync::OnceLock<Result<Option<DwarfSections>, String>> =
        std::sync::OnceLock::new();
    let ((outcomes, early_index), unanalysed) = rayon::join(
        || {
            rayon::join(
                || {
                    module
                        .functions
                        .par_iter()
                        .enumerate()
                        .map_init(Analyzers::default, |an, (i, f)| {
                            if let Some(o) = reuse.and_then(|r| r[i].clone()) {
                                return o;
                            }
                            let quick = quick.and_then(|q| q[i]);
                            analyse_function(
                                an,
                                module,
                                f,
                                opts,
                                &CallFacts::default(),
                                quick,
                                defer_walks,
                            )
                        })
                        .collect::<Vec<FunctionOutcome>>()
                },
                || {
                    if !early_wanted {
                        return None;
                    }
                    match early_sections.get_or_init(|| DwarfSections::load(module)) {
                        Ok(Some(sections)) => Some(DwarfIndex::new(sections, unit_ranges)),
                        _ => None,
                    }
                },
            )
        },
        || rsp_writes_outside_functions(module),
    );
    if let Some(out) = outcomes_out {
        out.clone_from(&outcomes);
    }
    let (outcomes, mut calls) = with_callee_prototypes(module, opts, outcomes);
    let mut outcomes = with_callee_contracts(module, opts, outcomes, &mut calls);
    if let Some(why) = module.ways_in_in_bounds.as_deref() {
        for f in outcomes.iter_mut().flat_map(|o| o.findings.iter_mut()) {
            assume_in_bounds_ways_in(f, why);
        }
    }
    walk_deferred_where_wanted(module, opts, &mut outcomes);
    let mut scan = ModuleScan {
        path: module.path.clone(),
        functions: module.functions.len(),
        problems: module.problems.iter().map(|p| p.message.clone()).collect(),
        unanalysed,
        patch_spill: crate::input::boot_patches::spill(module),
        ..Default::default()
    };
    // ORC generation stops at the object's first undefined CFA: only that
    // function can print `unknown CFA base reg -1`. A function the model does
    // not cover may stop it anywhere from its first instruction on.
    let start = |f: &Function| (module.sections[f.section].elf_index, f.offset);
    let orc_stop = outcomes
        .iter()
        .zip(&module.functions)
        .filter(|(o, _)| !o.objtool_uncertain)
        .filter_map(|(o, f)| Some((o.orc_undefined?, f)))
        .min_by_key(|(at, _)| *at);
    // Code no function symbol covers, which objtool walks when a table or a
    // jump leads there (and the model does not), may stop it too.
    let unsymbolled = outcomes
        .iter()
        .any(|o| o.orc_undefined.is_some() && !o.findings.is_empty())
        .then(|| first_code_outside_functions(module))
        .flatten();
    let first_uncertain = outcomes
        .iter()
        .zip(&module.functions)
        .filter(|(o, _)| o.objtool_uncertain)
        .map(|(_, f)| (start(f), f.name.clone(), Some(f)))
        .chain(unsymbolled.map(|(at, what)| (at, what, None)))
        .min_by_key(|(at, _, _)| *at);
    let uncertain = |o: &FunctionOutcome| {
        o.findings
            .iter()
            .any(|f| f.objtool_prediction.uncertain.is_some())
    };
    // objtool checks for unreachable instructions only when nothing in the
    // object warned: certain when some analysed function is known to warn.
    let object_warns = outcomes.iter().any(|o| {
        !uncertain(o)
            && o.findings.iter().any(|f| {
                matches!(
                    f.objtool_prediction.cause,
                    Some(Cause::Stack | Cause::Retpoline | Cause::Uaccess)
                )
            })
    });
    let profile = crate::objtool::profile::active();
    // A fatal decode error anywhere stops objtool for the whole object.
    let fatal = module.objtool_fatal.clone().or_else(|| {
        outcomes
            .iter()
            .zip(&module.functions)
            .find_map(|(o, f)| Some(format!("{}: {}", f.name, o.objtool_fatal.as_ref()?)))
    });
    // Without a static call's key, objtool's static-call pass fails (for
    // vmlinux objects) before ORC generation: no ORC line is printed.
    let static_call_failure = module
        .static_call_key_missing
        .as_ref()
        .filter(|_| profile.static_call && !profile.module);
    // Or objtool sees other code than rspill reads.
    let uncertain_everywhere = fatal
        .map(|why| format!("objtool may give up on the whole object: {why}"))
        .or_else(|| module.objtool_reads_fewer_relocations.clone());
    let mut calls_after = Vec::new();
    for (mut o, f) in outcomes.into_iter().zip(&module.functions) {
        if let Some(why) = &uncertain_everywhere {
            for finding in &mut o.findings {
                if finding.objtool_prediction.uncertain.is_none() {
                    finding.objtool_prediction.uncertain = Some(why.clone());
                }
                finding.objtool_would_fail = false;
                finding.objtool_message = None;
            }
        }
        if let Some(own) = o.orc_undefined {
            if let Some((at, first)) = orc_stop.filter(|(at, _)| *at < own) {
                let first = format!("{}+{:#x}", first.name, at.1 - first.offset);
                for finding in &mut o.findings {
                    mask_orc_message(finding, &first, false);
                }
            } else if let Some((_, first, _)) = first_uncertain
                .as_ref()
                .filter(|(at, _, g)| *at < own && !g.is_some_and(|g| std::ptr::eq(g, f)))
            {
                for finding in &mut o.findings {
                    mask_orc_message(finding, first, true);
                }
            }
        }
        if o.objtool_unreachable && !object_warns && profile.unreachable_check {
            for finding in &mut o.findings {
                let p = &mut finding.objtool_prediction;
                if p.uncertain.is_none() && matches!(p.cause, None | Some(Cause::Orc)) {
                    p.uncertain = Some(
                        "objtool's unreachable-instruction check (run when nothing else in the object warns) is not modelled"
                            .to_string(),
                    );
                    finding.objtool_would_fail = false;
                    finding.objtool_message = None;
                }
            }
        }
        for finding in &mut o.findings {
            follow_profile(finding, &module.sections[f.section].name, profile);
            let p = &mut finding.objtool_prediction;
            if let Some(key) = static_call_failure.filter(|_| p.cause == Some(Cause::Orc)) {
                p.uncertain.get_or_insert_with(|| {
                    format!("objtool's static-call pass, before ORC generation, finds no {key} (not modelled)")
                });
                finding.objtool_would_fail = false;
                finding.objtool_message = None;
            }
        }
        if !o.converged {
            scan.unconverged.push(f.name.clone());
        }
        scan.instructions += o.instructions;
        scan.analysed_functions += o.analysed as usize;
        for (f, c) in o.findings.into_iter().zip(o.calls_after) {
            scan.findings.push(f);
            calls_after.push(c);
        }
        if let Some(d) = o.detail {
            scan.details.push(*d);
        }
    }
    // Source chains point at the asm statement behind a restore; realignments
    // and allocas (informational, and most of the findings of a whole image)
    // get none, so that their number does not decide what DWARF costs.
    let wants_source = |f: &Finding| f.kind != crate::analysis::findings::Kind::RspDynamic;
    if opts.source && scan.findings.iter().any(wants_source) {
        let mut attach = |dwarf: &DwarfIndex| {
            let mut addresses = Vec::new();
            for (f, calls) in scan.findings.iter().zip(&calls_after) {
                if wants_source(f) {
                    let func_start = f.address - f.offset as u64;
                    addresses.push(f.address);
                    addresses.extend(calls.iter().map(|(off, _)| func_start + *off as u64));
                }
            }
            let frames = dwarf.frames_at(&addresses);
            for (f, calls) in scan.findings.iter_mut().zip(&calls_after) {
                if wants_source(f) {
                    f.source = Some(source_for(&frames, f, calls));
                }
            }
        };
        let attached = match (early_sections.get(), early_index) {
            (Some(Err(e)), _) => Err(e.clone()),
            (Some(Ok(None)), _) => Ok(()),
            (_, Some(index)) => index.map(|dwarf| attach(&dwarf)),
            _ => DwarfSections::load(module).and_then(|sections| match sections {
                None => Ok(()),
                Some(sections) => DwarfIndex::new(&sections, None).map(|dwarf| attach(&dwarf)),
            }),
        };
        if let Err(e) = attached {
            scan.problems
                .push(format!("DWARF unreadable, no source lines: {e}"));
        }
    }
    scan
}

/// `mov`/`xchg` of a register other than %rbp, or of memory, into %rsp, or
/// `pop %rsp`: %rsp takes a whole new value (a stack switch).
fn loads_rsp_whole(ins: &iced_x86::Instruction) -> bool {
    use iced_x86::{Mnemonic, OpKind, Register};
    let to_rsp = ins.op_count() >= 1
        && ins.op0_kind() == OpKind::Register
        && ins.op0_register() == Register::RSP;
    match ins.mnemonic() {
        Mnemonic::Pop => to_rsp,
        Mnemonic::Mov | Mnemonic::Xchg if ins.op_count() == 2 => {
            let other_rsp =
                ins.op1_kind() == OpKind::Register && ins.op1_register() == Register::RSP;
            let (dst_is_rsp, src) = if to_rsp { (true, 1) } else { (other_rsp, 0) };
            dst_is_rsp
                && match ins.op_kind(src) {
                    OpKind::Register => ins.op_register(src) != Register::RBP,
                    OpKind::Memory => true,
                    _ => false,
                }
        }
        _ => false,
    }
}

/// The functions `f` calls on another stack (between a write of %rsp from a
/// register or memory and the next one, as in call_on_stack), by name, each
/// once, in the order of its code.
fn called_on_another_stack(
    module: &Module,
    f: &Function,
    info: &mut iced_x86::InstructionInfoFactory,
) -> Vec<String> {
    let (insns, _) = decode_for_analysis(module, f);
    let mut called = Vec::new();
    let mut switched = false;
    for x in insns.iter().filter(|x| x.alt_site.is_none()) {
        // A switch loads %rsp whole (`mov %rdi,%rsp`, `mov (%rax),%rsp`,
        // `pop %rsp`). Realigning (`and $-64,%rsp`) stays on the same
        // stack, and a frame-pointer epilogue (`leave`, `mov %rbp,%rsp`,
        // `lea -N(%rbp),%rsp`) or a DRAP one (`lea -N(%r10),%rsp`) returns
        // to it: counting those would make every later call look like one
        // on another stack.
        if loads_rsp_whole(&x.ins) && writes_rsp_non_constant(info, &x.ins) {
            switched = !switched;
        } else if switched && x.flow == Flow::Call {
            if let Some(name) = x.target_name.as_deref() {
                if !called.iter().any(|w| w == name) {
                    called.push(name.to_string());
                }
            }
        }
    }
    called
}

/// A second look at functions left with unprovable restores, now knowing which
/// of their callees take every argument in registers (DWARF prototypes): such a
/// callee owns none of the caller's stack slots (`call_on_stack`'s saved %rsp
/// at the top of the IRQ stack, spill slots next to %rsp). Only functions this
/// module defines exactly once are looked up, so a name means one function.
fn with_callee_prototypes(
    module: &Module,
    opts: &ScanOptions,
    mut outcomes: Vec<FunctionOutcome>,
) -> (Vec<FunctionOutcome>, CallFacts) {
    let mut calls = CallFacts::default();
    let unprovable = |o: &FunctionOutcome| {
        o.findings.iter().any(|f| {
            f.kind == crate::analysis::findings::Kind::RspUnknownRestore && f.no_claim.is_none()
        })
    };
    let retry: Vec<usize> = (0..outcomes.len())
        .filter(|&i| unprovable(&outcomes[i]))
        .collect();
    if retry.is_empty() {
        return (outcomes, calls);
    }
    // The callees each retried function calls on another stack (between a
    // write of %rsp from a register or memory and the next one, as in
    // call_on_stack): there the callee's stack arguments would be the saved
    // %rsp. Looking up every callee of every such function would cost a DWARF
    // walk per name.
    let called_on_other_stacks: Vec<Vec<String>> = retry
        .par_iter()
        .map_init(iced_x86::InstructionInfoFactory::new, |info, &i| {
            called_on_another_stack(module, &module.functions[i], info)
        })
        .collect();
    let mut wanted: Vec<String> = Vec::new();
    for name in called_on_other_stacks.into_iter().flatten() {
        if !wanted.contains(&name) {
            wanted.push(name);
        }
    }
    if wanted.is_empty() {
        return (outcomes, calls);
    }
    let sections = DwarfSections::load_for_prototypes(module).ok().flatten();
    let dwarf = sections
        .as_ref()
        .and_then(|s| crate::input::dwarf::Prototypes::new(s).ok());
    let mut own_frame = crate::analysis::own_frame::OwnFrame::new(module);
    for name in wanted {
        // Compiler clones (`.isra`, `.constprop`) may not keep the prototype.
        let by_prototype = || {
            let f = module
                .function_called(&name)
                .filter(|f| !f.name.contains('.'))?;
            Some(
                dwarf
                    .as_ref()?
                    .register_args_only(module.function_address(f)),
            )
        };
        // The code, where it decides, over the prototype: a body that writes
        // above its frame (naked or ms_abi functions, a hand-edited DWARF)
        // is not excused by what its prototype declares.
        let keeps = match own_frame.callee(&name) {
            OwnFrameVerdict::Keeps => true,
            OwnFrameVerdict::WritesAbove => false,
            OwnFrameVerdict::Unknown => by_prototype() == Some(true),
        };
        if keeps {
            calls.register_args_only.insert(name);
        }
    }
    if calls.register_args_only.is_empty() {
        return (outcomes, calls);
    }
    let again: Vec<FunctionOutcome> = retry
        .par_iter()
        .map_init(Analyzers::default, |an, &i| {
            analyse_function(an, module, &module.functions[i], opts, &calls, None, false)
        })
        .collect();
    for (i, outcome) in retry.into_iter().zip(again) {
        outcomes[i] = outcome;
    }
    (outcomes, calls)
}

/// Why a claim crossing a call to `callee` with this contract is not taken as
/// it stands (None: the contract is the convention's, or the analysis decides
/// at the call).
fn contract_doubt(callee: &str, c: &crate::analysis::callee_contract::Contract) -> Option<String> {
    use crate::analysis::callee_contract::Contract;
    match c {
        Contract::Assumed => None,
        // Shown on the premise that no pointer into this frame is out at
        // the call: the analysis decides at the call.
        Contract::Kept {
            while_frame_closed: false,
        } => None,
        Contract::Kept {
            while_frame_closed: true,
        } => Some(format!(
            "{callee} keeps the calling convention only while no pointer into this frame is out"
        )),
        Contract::KeptInBounds(why) => Some(format!(
            "{why} (it keeps it under the in-bounds assumption)"
        )),
        Contract::NotShown(why) => Some(why.clone()),
    }
}

/// What scan has learnt about callees of this module before (re)analysing a
/// function.
#[derive(Default)]
struct CallFacts {
    /// Callees taking every argument in registers (`with_callee_prototypes`).
    register_args_only: HashSet<String>,
    /// Callees this module defines, and whether their code shows the calling
    /// convention (`analysis::callee_contract`).
    contracts: HashMap<String, crate::analysis::callee_contract::Contract>,
    /// Direct calls to code no function symbol starts are not believed.
    unnamed_code_unproven: bool,
    /// What indirect calls may rely on, when weaker than the convention
    /// (`CalleeContracts::indirect_call`).
    indirect: Option<crate::analysis::callee_contract::Contract>,
}

/// A claim in a module whose ways in are known only under the in-bounds
/// assumption (`Module::ways_in_in_bounds`: the stack read through an
/// index) is an assumed no-op, with the reason.
fn assume_in_bounds_ways_in(f: &mut Finding, why: &str) {
    if !f.restore_redundant {
        return;
    }
    f.restore_redundant = false;
    f.assumed_rsp_delta = f.rsp_delta.take();
    if !f.assumptions.iter().any(|a| a == IN_BOUNDS_ASSUMPTION) {
        f.assumptions.push(IN_BOUNDS_ASSUMPTION.to_string());
    }
    f.summary
        .push_str(&format!(" (not proven: holds only if {why})"));
}

/// Every claim rests on the callees between the copy and the restore keeping
/// the calling convention. Callees outside the object are assumed to; one
/// this module defines is read (`callee_contract`). A function with a claim
/// and a callee that is not shown to keep it is analysed again with that call
/// making everything unprovable, and a claim it loses says why.
fn with_callee_contracts(
    module: &Module,
    opts: &ScanOptions,
    mut outcomes: Vec<FunctionOutcome>,
    calls: &mut CallFacts,
) -> Vec<FunctionOutcome> {
    let claims =
        |f: &Finding| f.restore_redundant || f.rsp_delta.is_some() || f.assumed_rsp_delta.is_some();
    use crate::analysis::callee_contract::{
        CalleeContracts, calls_unnamed_code, is_direct_call, is_indirect_call,
    };
    let mut contracts = CalleeContracts::new(module);
    // Decided on the first claim that crosses an indirect call.
    let mut indirect = None;
    let mut retry: Vec<(usize, String)> = Vec::new();
    let mut strip: Vec<(usize, String)> = Vec::new();
    calls.unnamed_code_unproven = true;
    for (i, o) in outcomes.iter().enumerate() {
        if !o.findings.iter().any(claims) {
            continue;
        }
        let f = &module.functions[i];
        let (insns, _) = decode_for_analysis(module, f);
        // What may break the claims, the strongest first (a callee not
        // shown at all before one shown under the in-bounds assumption).
        let mut doubts: Vec<(u8, String)> = Vec::new();
        // objtool's noreturn list ends the path at a call by name; where
        // this object defines the function and its code returns, that is
        // not what runs (the objtool model keeps the name's meaning).
        // Another input of the scan may define it so too (blind review 88),
        // and an alias names code too (`.set panic, foo`: blind review 89).
        let returns_elsewhere = |n: &str| {
            module
                .noreturn_returning_elsewhere
                .iter()
                .any(|e| &**e == n)
        };
        if let Some(x) = insns.iter().find(|x| {
            x.flow == Flow::Call
                && x.fallthrough_to == Some(crate::x86::decode::NO_FALLTHROUGH)
                && x.target_name.as_deref().is_some_and(|n| {
                    returns_elsewhere(n)
                        || (module.function_or_alias(n).is_some()
                            && crate::analysis::callee_contract::code_may_return(module, n))
                })
        }) {
            let name = x.target_name.as_deref().unwrap_or_default();
            let whose = if returns_elsewhere(name) {
                "code in another input of this scan"
            } else {
                "code in this object"
            };
            strip.push((
                i,
                format!(
                    "the call to {name} at +{:#x} is taken never to return (objtool's noreturn list), but {name}'s {whose} may return",
                    x.off
                ),
            ));
            continue;
        }
        if let Some(x) = insns.iter().find(|x| calls_unnamed_code(x, f.size)) {
            doubts.push((
                0,
                format!(
                    "the call at +{:#x} goes to code no function symbol starts",
                    x.off
                ),
            ));
        }
        for name in insns
            .iter()
            .filter(|x| is_direct_call(x))
            .filter_map(|x| x.target_name.as_deref())
        {
            let c = contracts.call_to(name);
            if let Some(d) = contract_doubt(name, &c) {
                doubts.push((c.strength(), d));
                calls.contracts.insert(name.to_string(), c);
            }
        }
        if let Some(x) = insns.iter().find(|x| is_indirect_call(x, module)) {
            let c = indirect
                .get_or_insert_with(|| contracts.indirect_call())
                .clone();
            let callee = "a function of the object whose address is taken";
            // A static call goes wherever `static_call_update()` points it.
            let call = if x.static_call { "static" } else { "indirect" };
            if let Some(d) = contract_doubt(callee, &c) {
                doubts.push((
                    c.strength(),
                    format!("the {call} call at +{:#x} may reach {callee}: {d}", x.off),
                ));
                calls.indirect = Some(c);
            }
        }
        if let Some((_, d)) = doubts.into_iter().min_by_key(|(strength, _)| *strength) {
            retry.push((i, d));
        }
    }
    for (i, why) in strip {
        for f in outcomes[i].findings.iter_mut().filter(|f| claims(f)) {
            f.restore_redundant = false;
            f.rsp_delta = None;
            f.assumed_rsp_delta = None;
            f.assumptions.clear();
            f.no_claim = Some(why.clone());
            f.summary.push_str(&format!(" (no claim: {why})"));
        }
    }
    let mut an = Analyzers::default();
    for (i, doubt) in retry {
        let mut again = analyse_function(
            &mut an,
            module,
            &module.functions[i],
            opts,
            calls,
            None,
            false,
        );
        let why = format!("a callee it calls is not shown to keep the calling convention: {doubt}");
        let proven = |f: &Finding| f.restore_redundant || f.rsp_delta.is_some();
        for f in again.findings.iter_mut() {
            let before = outcomes[i]
                .findings
                .iter()
                .find(|b| b.offset == f.offset && b.alternative_for == f.alternative_for);
            let lost_proof = before.is_some_and(|b| proven(b) && !proven(f))
                || before.is_some_and(|b| claims(b) && !claims(f));
            if lost_proof {
                // (Registers the call leaves unprovable may also make the
                // whole function's control flow incomplete: both reasons.)
                f.no_claim = Some(match f.no_claim.take() {
                    Some(other) => format!("{why}; {other}"),
                    None => why.clone(),
                });
                f.summary.push_str(&format!(" (no proof: {why})"));
            }
        }
        outcomes[i] = again;
    }
    outcomes
}

fn source_for(
    frames_at: &HashMap<u64, Vec<SourceFrame>>,
    f: &Finding,
    calls: &[(u32, Option<String>)],
) -> Source {
    let frames_of = |a: u64| frames_at.get(&a).cloned().unwrap_or_default();
    let restore = frames_of(f.address);
    let func_start = f.address - f.offset as u64;
    // The asm statement's call: the first following call attributed to the same
    // source line as the restore (the innermost frame is the asm statement); when
    // the restore has no line (a compiler-generated reload may carry line 0), the
    // same file and inlined function.
    let inner = restore.first();
    let asm_call = calls.iter().find_map(|(off, callee)| {
        let frames = frames_of(func_start + *off as u64);
        let (a, b) = (inner?, frames.first()?);
        let same = a.file == b.file
            && match a.line {
                Some(_) => a.line == b.line,
                None => a.function == b.function && b.line.is_some(),
            };
        same.then(|| AsmCall {
            offset: *off,
            callee: callee.clone(),
            frames,
        })
    });
    Source { restore, asm_call }
}

/// The analysis of one decoded function.
pub struct Analysis {
    pub findings: Vec<Finding>,
    /// False when the fixed point was not reached within the work budget.
    pub converged: bool,
    pub verdict: ObjtoolVerdict,
    /// States before and after each instruction (only when asked for).
    pub states: Vec<Option<(State, State)>>,
}

/// Names a function's findings carry.
pub struct FunctionNames<'a> {
    pub file: &'a str,
    pub section: &'a str,
    pub function: &'a str,
    /// What objtool calls it (`Function::objtool_name`).
    pub objtool_name: &'a str,
    pub address: u64,
    /// The function's bytes (to decode code reached mid-instruction).
    pub bytes: &'a [u8],
}

/// The two analyses every function gets: the strict one makes the claims, the
/// in-bounds one says what would hold under the C object-bounds assumption.
pub struct Analyzers {
    strict: Analyzer,
    in_bounds: Analyzer,
    /// For `realignments_only`.
    registers_only: Analyzer,
    quick: QuickState,
    /// Set by the first function that needs the analysis in full, which is
    /// then not run (`analyse_decoded`): the first reading of an object
    /// (`scan_before_reading_anywhere`) is wasted on such an object.
    stop_at_full_analysis: Option<Arc<AtomicBool>>,
}

impl Default for Analyzers {
    fn default() -> Self {
        Analyzers {
            strict: Analyzer::new(Mode::Strict),
            in_bounds: Analyzer::new(Mode::InBounds),
            registers_only: Analyzer::registers_only(),
            quick: QuickState::default(),
            stop_at_full_analysis: None,
        }
    }
}

/// The findings of a function whose every %rsp write the analysis reports
/// is a realignment (`and $-N,%rsp`) or a frame-pointer epilogue, with which
/// of its blocks are reached; None when it has another, or when `want_states`.
///
/// Most functions the long way reaches in a KMSAN image are such (1,037 of
/// 1,944 in a defconfig `vmlinux.o`, 85% of its analysis time): their
/// findings are a realignment's, which no memory decides, and their
/// epilogues are told apart from restores by %rbp alone. The analysis
/// without memory (`Analyzer::registers_only`) shows both. Where it proves a
/// value (`Val::Stack`) the full in-bounds analysis proves the same value (it
/// was computed without reading memory on every path); a realignment's
/// finding depends on nothing else, and an epilogue's (none) on %rbp and the
/// value written, both proven. Anything else (an alloca, a DRAP epilogue,
/// whose findings say more, a write from a value that is not proven) goes
/// the full way, as does a function the cheap analysis does not finish.
fn realignments_only(
    an: &mut Analyzers,
    insns: &[Insn],
    cfg: &Cfg,
    ctx: &FunctionContext,
) -> Option<(Vec<Finding>, Vec<bool>)> {
    let sol = an.registers_only.solve(insns, cfg);
    if !sol.converged {
        return None;
    }
    let mut findings = Vec::new();
    let mut other = false;
    an.registers_only
        .replay_writes(insns, cfg, &sol, &mut |ins, rbp_before, w| {
            if other {
                return;
            }
            use crate::analysis::findings::Kind;
            use crate::analysis::stack::{RBP, RspWriteForm};
            let realignment =
                w.form == RspWriteForm::Dynamic && ins.ins.mnemonic() == Mnemonic::And;
            let proven = |v: &Val| matches!(v, Val::Stack { .. });
            let epilogue_values = proven(&w.before)
                && proven(&w.value)
                && (!matches!(w.form, RspWriteForm::Leave | RspWriteForm::FromReg(RBP))
                    || proven(rbp_before));
            match classify(ctx, w, rbp_before, restored_from(&ins.ins, w.form)) {
                Some(f) if realignment && f.kind == Kind::RspDynamic => findings.push(f),
                None if epilogue_values => {}
                _ => other = true,
            }
        });
    (!other).then(|| (findings, sol.block_in.iter().map(Option::is_some).collect()))
}

/// %rsp before a write and the value written, as (base, offset) where provable.
type WriteEnds = (
    Option<(crate::analysis::stack::Base, i64)>,
    Option<(crate::analysis::stack::Base, i64)>,
);

/// Why nothing is claimed when an analysis gave up before every path was read.
const WORK_BUDGET: &str = "the analysis stopped at its work budget";

/// Where a write the analysis did not reach before its budget ran out may lie.
const WORK_BUDGET_WHERE: &str =
    "the code may be reached from the entry all the same; nothing is known of it";

/// Run the stack analyses and objtool's model over decoded instructions and
/// classify every %rsp write. `incomplete` lists what is already known to make
/// the control flow incomplete (then nothing is claimed).
pub fn analyse_decoded(
    an: &mut Analyzers,
    insns: &[Insn],
    names: &FunctionNames,
    facts: &FunctionFacts,
    want_states: bool,
    incomplete: Incomplete,
) -> Analysis {
    let cfg = Cfg::build(insns);
    // objtool's model walks the function's own bytes (replacement code, at
    // virtual offsets past the end, is not part of them).
    let real = insns.partition_point(|i| i.alt_site.is_none());
    let verdict = simulate(insns, real, facts);
    let ctx = FunctionContext {
        file: names.file,
        section: names.section,
        function: names.function,
        objtool_name: names.objtool_name,
        address: names.address,
        insns,
        cfg: &cfg,
        objtool: &verdict,
    };
    let shortcut = if want_states {
        None
    } else {
        realignments_only(an, insns, &cfg, &ctx)
    };
    if let (None, Some(stop)) = (&shortcut, &an.stop_at_full_analysis) {
        stop.store(true, Ordering::Relaxed);
        return Analysis {
            findings: Vec::new(),
            converged: true,
            verdict,
            states: Vec::new(),
        };
    }
    let (mut findings, reached_blocks, converged, states) = match shortcut {
        Some((mut findings, reached_blocks)) => {
            for f in &mut findings {
                // What the claims below find for a realignment: its value is
                // its own anchor, a definition and no statement.
                f.states_value = false;
            }
            (findings, reached_blocks, true, Vec::new())
        }
        None => analyse_in_full(an, insns, &cfg, &ctx, want_states, incomplete),
    };
    let reached = |i: usize| reached_blocks[cfg.block_of[i]];
    finish_findings(&ctx, names, insns, real, &reached, converged, &mut findings);
    Analysis {
        converged,
        findings,
        verdict,
        states,
    }
}

/// The states before and after each instruction (`--explain`, `--trace`).
type StatesAround = Vec<Option<(State, State)>>;

/// The stack analyses of `analyse_decoded` in full: its findings with their
/// claims, which blocks are reached, whether both analyses finished, and the
/// states before and after each instruction when `want_states`.
fn analyse_in_full(
    an: &mut Analyzers,
    insns: &[Insn],
    cfg: &Cfg,
    ctx: &FunctionContext,
    want_states: bool,
    mut incomplete: Incomplete,
) -> (Vec<Finding>, Vec<bool>, bool, StatesAround) {
    // Kinds, sites and explanations come from the in-bounds analysis (the more
    // precise one); proofs only from the strict one.
    let sol = an.in_bounds.solve(insns, cfg);
    let mut findings = Vec::new();
    // What each %rsp write leaves in %rsp, relative to what (in-bounds view).
    let mut in_bounds_writes: HashMap<u32, WriteEnds> = HashMap::new();
    let mut states: Vec<Option<(State, State)>> = if want_states {
        vec![None; insns.len()]
    } else {
        Vec::new()
    };
    let mut on_write = |ins: &Insn, rbp_before: &Val, w: &RspWrite| {
        in_bounds_writes.insert(w.off, (w.before.stack_k(), w.value.stack_k()));
        let from = restored_from(&ins.ins, w.form);
        if let Some(finding) = classify(ctx, w, rbp_before, from) {
            findings.push(finding);
        }
    };
    if want_states {
        an.in_bounds
            .replay(insns, cfg, &sol, &mut |ins, before, after, write| {
                if let Some(w) = write {
                    on_write(ins, &before.regs[crate::analysis::stack::RBP], w);
                }
                if let Ok(i) = insns.binary_search_by_key(&ins.off, |i| i.off) {
                    states[i] = Some((before.clone(), after.clone()));
                }
            });
    } else {
        an.in_bounds.replay_writes(insns, cfg, &sol, &mut on_write);
    }
    // `sym(%reg)` with a stack address in %reg: the linker's `sym` may name
    // any slot, or move %rsp anywhere (`lea sym(%rsp),%rsp`).
    if insns.iter().any(|i| i.disp_relocated) {
        let mut relocated_from_stack = Vec::new();
        an.in_bounds.replay_before(
            insns,
            cfg,
            &sol,
            &|ins| ins.disp_relocated,
            &mut |_, ins, before| {
                let i = &ins.ins;
                if [i.memory_base(), i.memory_index()]
                    .into_iter()
                    .any(|r| Analyzer::holds_stack_address(before, r))
                {
                    relocated_from_stack.push(format!(
                        "+{:#x} addresses the stack with a displacement only the linker knows",
                        ins.off
                    ));
                }
            },
        );
        relocated_from_stack.dedup();
        incomplete.extend(relocated_from_stack);
    }
    // A proof needs every path.
    if !sol.converged {
        incomplete.push(WORK_BUDGET.to_string());
    }
    incomplete.extend(cfg.gaps(insns, |b| sol.block_in[b].is_some()));
    // The strict analysis can only prove less than the in-bounds one: run it
    // only where the in-bounds one has a constant to confirm, and where
    // nothing already denies every claim (it confirms claims and nothing
    // else: a whole image entered anywhere gets none). Realignments and
    // DRAP/alloca epilogues (informational, hundreds in a whole image) do not
    // make it run: they are confirmed when it runs for another finding, and
    // say "not proven" otherwise.
    let mut strict_writes: HashMap<u32, WriteEnds> = HashMap::new();
    let mut strict_converged = true;
    let to_confirm = |f: &Finding| {
        f.kind != crate::analysis::findings::Kind::RspDynamic
            && (f.rsp_delta.is_some()
                || in_bounds_writes
                    .get(&f.offset)
                    .is_some_and(|(_, v)| v.is_some()))
    };
    if incomplete.is_empty() && findings.iter().any(to_confirm) {
        let strict_sol = an.strict.solve(insns, cfg);
        strict_converged = strict_sol.converged;
        an.strict
            .replay_writes(insns, cfg, &strict_sol, &mut |_, _, w| {
                strict_writes.insert(w.off, (w.before.stack_k(), w.value.stack_k()));
            });
        if !strict_converged {
            incomplete.push(WORK_BUDGET.to_string());
        }
    }
    incomplete.dedup();

    let used_prototypes = insns.iter().any(|i| i.callee_register_args_only);
    // A realignment or alloca starts a new anchor at itself: that value is its
    // own definition, not a statement.
    let starts_anchor = |at: u32, v: Option<(crate::analysis::stack::Base, i64)>| {
        v.is_some_and(|(b, _)| b == crate::analysis::stack::Base::Anchor(at))
    };
    for f in findings.iter_mut() {
        let ends = in_bounds_writes.get(&f.offset).copied();
        let confirmed = ends.is_some() && strict_writes.get(&f.offset).copied() == ends;
        let assumed = f.rsp_delta;
        // Any statement about the value written (a delta, "leaves the realigned
        // frame", "switches back to CFA-0x18") must hold in the strict analysis.
        let says_value = assumed.is_some()
            || ends.is_some_and(|(_, v)| v.is_some() && !starts_anchor(f.offset, v));
        f.states_value = says_value;
        if f.claimless() {
            continue;
        }
        if !incomplete.is_empty() {
            f.restore_redundant = false;
            f.rsp_delta = None;
            f.no_claim = Some(incomplete.join("; "));
            f.summary
                .push_str(&format!(" (no claim: {})", incomplete.join("; ")));
            continue;
        }
        if says_value && !confirmed {
            // Holds only under the in-bounds analysis' assumptions: reported,
            // not claimed.
            f.restore_redundant = false;
            f.rsp_delta = None;
            f.assumed_rsp_delta = assumed;
            f.assumptions = vec![IN_BOUNDS_ASSUMPTION.to_string()];
            let mut why = "no store through a pointer into the frame leaves its object".to_string();
            if used_prototypes {
                f.assumptions.push(PROTOTYPES_ASSUMPTION.to_string());
                why.push_str(
                    ", and the callees run on another stack write nothing above their frame (by their DWARF prototypes, or where there is none by their code) except through pointers that stay in their objects",
                );
            }
            f.summary
                .push_str(&format!(" (not proven: holds only if {why})"));
        }
    }
    (
        findings,
        sol.block_in.iter().map(Option::is_some).collect(),
        sol.converged && strict_converged,
        states,
    )
}

/// What `analyse_decoded` adds to the analyses' findings, and how it places
/// and orders them: %rsp writes in code no analysis reached, bytes it cannot
/// decode, code reached by a jump into an instruction, and findings in
/// replacement code moved to the site they replace.
fn finish_findings(
    ctx: &FunctionContext,
    names: &FunctionNames,
    insns: &[Insn],
    real: usize,
    reached: &dyn Fn(usize) -> bool,
    converged: bool,
    findings: &mut Vec<Finding>,
) {
    // Writes to %rsp the analysis never reached (code reached only through an
    // indirect jump, or not at all) and in overlapping code: reported, no claim.
    let mut info = iced_x86::InstructionInfoFactory::new();
    for (i, ins) in insns.iter().enumerate() {
        if !reached(i) && writes_rsp_non_constant(&mut info, &ins.ins) {
            // Straight after a call that does not return (call_on_stack of a
            // noreturn function): dead code, and the finding says so.
            let mut after_noreturn = None;
            let mut j = i;
            while j > 0 && insns[j - 1].end() == insns[j].off {
                let p = &insns[j - 1];
                if p.flow == Flow::Call
                    && p.fallthrough_to == Some(crate::x86::decode::NO_FALLTHROUGH)
                {
                    after_noreturn = p.target_name.as_deref();
                    break;
                }
                let straight =
                    matches!(p.flow, Flow::Next | Flow::Call) && p.fallthrough_to.is_none();
                if !straight || reached(j - 1) {
                    break;
                }
                j -= 1;
            }
            let why = match after_noreturn {
                Some(callee) => format!(
                    "dead code: after the call to {callee}, which never returns"
                ),
                // The fixed point stopped before every block was reached
                // (blind review 62: the message blamed the control flow).
                None if !converged => format!(
                    "not reached before the analysis stopped at its work budget ({WORK_BUDGET_WHERE})"
                ),
                None => "not reached from the function's entry in rspill's control-flow graph (only through an indirect jump, or dead code)".to_string(),
            };
            findings.push(crate::analysis::findings::unanalysed(ctx, ins, &why));
        }
    }
    // Bytes iced-x86 cannot decode (an encoding newer than it: APX's REX2 and
    // new maps, an immediate-form RDMSR): the decode goes on a byte later, so
    // what follows is not what the CPU runs, and a %rsp write there is not seen.
    if let Some(bad) = insns[..real].iter().find(|i| i.ins.is_invalid()) {
        let why = format!(
            "bytes at +{:#x} rspill cannot decode (an encoding newer than its decoder): the code after them is not analysed, and a %rsp write there would not be seen",
            bad.off
        );
        findings.push(crate::analysis::findings::unanalysed(ctx, bad, &why));
    }
    let overlapping = crate::analysis::cfg::landings_inside_instructions(&insns[..real]);
    if !overlapping.is_empty() {
        let bytes_end = insns[..real].last().map_or(0, |l| l.end());
        let starts: std::collections::HashSet<u32> = insns[..real].iter().map(|i| i.off).collect();
        let mut seen = std::collections::HashSet::new();
        for &t in &overlapping {
            // Decode the other stream from the landing point until it falls back
            // into step with the main one.
            let mut off = t;
            while off < bytes_end && !starts.contains(&off) && seen.insert(off) {
                let Some(bytes) = names.bytes.get(off as usize..bytes_end as usize) else {
                    break;
                };
                let one = crate::x86::decode::decode_raw(bytes);
                let Some(first) = one.first() else { break };
                let mut ins = first.clone();
                ins.off = off;
                if writes_rsp_non_constant(&mut info, &ins.ins) {
                    findings.push(crate::analysis::findings::unanalysed(
                        ctx,
                        &ins,
                        "in code reached by a jump into the middle of another instruction",
                    ));
                }
                off += ins.len as u32;
            }
        }
    }
    // Restores inside replacement code are reported at the site they replace.
    for f in findings.iter_mut() {
        if let Ok(i) = insns.binary_search_by_key(&f.offset, |i| i.off) {
            if let Some(site) = insns[i].alt_site {
                f.alternative_for = Some(site);
                f.replacement_offset = Some(insns[i].alt_section_offset);
                f.offset = site;
                f.address = names.address + site as u64;
                f.sites.restore = site;
                f.summary.push_str(&format!(
                    " (in the .altinstructions replacement for +{site:#x})"
                ));
            }
        }
    }
    findings.sort_by_key(|x| (x.offset, x.alternative_for.is_some()));
    findings.dedup_by_key(|x| (x.offset, x.alternative_for.is_some()));
}

/// Analyse raw machine code with no relocations or symbols (tests, fuzzing).
pub fn analyse_bytes(bytes: &[u8], function: &str) -> Analysis {
    let insns = crate::x86::decode::decode_raw(bytes);
    let names = FunctionNames {
        file: "<bytes>",
        section: ".text",
        function,
        objtool_name: function,
        address: 0,
        bytes,
    };
    analyse_decoded(
        &mut Analyzers::default(),
        &insns,
        &names,
        &FunctionFacts::default(),
        false,
        Vec::new(),
    )
}

/// What the options objtool runs with change in a prediction: no ORC line
/// without `--orc`; no claim where a pass the model does not follow may speak
/// first (the noinstr checks in noinstr sections; `--ibt`, `--unret`, `--sls`
/// before ORC generation, so over the ORC line and over silence) or at all (a
/// version or options the model does not follow).
fn follow_profile(
    finding: &mut Finding,
    section: &str,
    profile: &crate::objtool::profile::ObjtoolProfile,
) {
    let p = &mut finding.objtool_prediction;
    if p.uncertain.is_some() {
        return;
    }
    if p.cause == Some(Cause::Orc) && !profile.orc {
        p.message = None;
        p.cause = None;
        finding.objtool_would_fail = false;
        finding.objtool_message = None;
    }
    let noinstr_section = matches!(section, ".noinstr.text" | ".entry.text" | ".cpuidle.text")
        || section.starts_with(".text..__x86.");
    let why = if let Some(why) = profile.unmodelled() {
        why.to_string()
    } else if profile.noinstr && noinstr_section {
        format!("objtool's --noinstr checks of {section} are not modelled")
    } else if !profile.later_passes.is_empty() && matches!(p.cause, None | Some(Cause::Orc)) {
        format!(
            "objtool's {} checks run before ORC generation and are not modelled",
            profile.later_passes.join(" ")
        )
    } else {
        return;
    };
    p.uncertain = Some(why);
    finding.objtool_would_fail = false;
    finding.objtool_message = None;
}

/// objtool never reaches this function's ORC complaint: generation stopped at
/// `first` (an earlier instruction of the object).
fn mask_orc_message(finding: &mut Finding, first: &str, first_uncertain: bool) {
    let p = &mut finding.objtool_prediction;
    if p.cause == Some(Cause::Orc) && first_uncertain {
        // Whether ORC generation stops there first is itself uncertain.
        if p.uncertain.is_none() {
            p.uncertain = Some(format!(
                "ORC generation may stop earlier in the object, at {first}, where the model is uncertain"
            ));
        }
        finding.objtool_would_fail = false;
        finding.objtool_message = None;
    } else if p.cause == Some(Cause::Orc) {
        p.message = None;
        p.cause = None;
        p.masked_by = Some(format!(
            "ORC generation stops earlier in the object, at {first}"
        ));
        finding.objtool_would_fail = false;
        finding.objtool_message = None;
    }
}

/// The name objtool prints for `f`'s code (`Function::objtool_name`).
fn objtool_name_of(f: &Function) -> &str {
    match &f.objtool_name {
        crate::input::elf::ObjtoolName::Alias(name) => name,
        _ => &f.name,
    }
}

/// Why objtool's naming of `f`'s code is not modelled: function symbols at
/// its address of different sizes, or another function symbol starting
/// inside it or it inside another (objtool names places by the symbol
/// that starts first and walks instructions as the last symbol's, so
/// `big+0xb` for a place in `inner`, and `big() falls through to next
/// function inner()`: blind review 106).
fn objtool_naming_unmodelled(module: &Module, f: &Function) -> Option<String> {
    if f.objtool_name == crate::input::elf::ObjtoolName::SizesDiffer {
        return Some(
            "function symbols of different sizes at its address (which one objtool names is not modelled)"
                .to_string(),
        );
    }
    let at = module
        .functions
        .partition_point(|o| (o.section, o.offset) < (f.section, f.offset));
    let same_section = |o: &&Function| o.section == f.section;
    let inside = module
        .functions
        .get(at + 1)
        .filter(same_section)
        .filter(|o| o.offset < f.offset + f.size);
    let around = at
        .checked_sub(1)
        .and_then(|i| module.functions.get(i))
        .filter(same_section)
        .filter(|o| o.offset + o.size > f.offset);
    inside.or(around).map(|o| {
        format!(
            "function symbols overlap ({} and {}): objtool's naming and walk of them are not modelled",
            f.name, o.name
        )
    })
}

/// What objtool reads about function `f` besides its bytes: its annotations
/// (as function-relative offsets), its alternatives, its name's lists.
fn function_facts(module: &Module, f: &Function) -> FunctionFacts {
    let section = &module.sections[f.section];
    let inside = |list: &[u64]| -> Vec<u32> {
        let first = list.partition_point(|&o| o < f.offset);
        list[first..]
            .iter()
            .take_while(|&&o| o < f.offset + f.size)
            .map(|&o| (o - f.offset) as u32)
            .collect()
    };
    FunctionFacts {
        retpoline_safe: inside(&section.retpoline_safe),
        unwind_hints: inside(&section.unwind_hints),
        init_text: section.name == ".init.text" && !crate::objtool::profile::active().module,
        jump_table_possible: section
            .relocs_in(f.offset, f.offset + f.size)
            .iter()
            .filter_map(|r| module.target_section_name(r.target_section()?))
            .any(|name| name.starts_with(".rodata")),
        retpoline: crate::objtool::profile::active().retpoline,
        rethunk: crate::objtool::profile::active().rethunk,
        non_standard: section.non_standard.binary_search(&f.offset).is_ok(),
        uaccess_safe: crate::objtool::model::is_uaccess_safe(&f.name),
        cold_part: f.name.contains(".cold"),
        size_missing: f.size_inferred,
        naming_unmodelled: objtool_naming_unmodelled(module, f),
        noinstr_section: matches!(
            section.name.as_str(),
            ".noinstr.text" | ".entry.text" | ".cpuidle.text"
        ) || section.name.starts_with(".text..__x86."),
        ignore_alts: inside(&section.ignore_alts),
        // The instruction after the function's last one is its end.
        reachable: {
            let first = section.reachable.partition_point(|&o| o < f.offset);
            section.reachable[first..]
                .iter()
                .take_while(|&&o| o <= f.offset + f.size)
                .map(|&o| (o - f.offset) as u32)
                .collect()
        },
        unwired_fixup: {
            let first = section.ex_fixups.partition_point(|e| e.0 < f.offset);
            section.ex_fixups[first..]
                .iter()
                .take_while(|e| e.0 < f.offset + f.size)
                .find(|e| !(f.offset..f.offset + f.size).contains(&e.1))
                .map(|e| (e.0 - f.offset) as u32)
        },
        ..crate::objtool::model::alternative_facts(alternatives_of(module, f).iter().map(|a| {
            crate::objtool::model::AltEntry {
                site: (a.site - f.offset) as u32,
                orig_len: a.orig_len,
                feature: a.feature,
                table_index: a.table_index,
            }
        }))
    }
}

/// The first instruction, in section and address order, of code no
/// function symbol covers in a section objtool generates ORC for: entry
/// code under untyped symbols, an exception fixup or a static key's target
/// outside every function. objtool walks it when `__ex_table`,
/// `__jump_table`, an alternative or a jump leads there, with the state of
/// where it came from; the model walks functions only, so ORC generation
/// may stop there (blind review, 2026-12-05). Padding (NOPs, `int3`) is
/// not such code. (ELF index, offset) and how to name it.
fn first_code_outside_functions(module: &Module) -> Option<((usize, u64), String)> {
    code_outside_functions(module)
        .into_iter()
        .filter_map(|gap| {
            let (pos, _) = crate::x86::decode::instructions(gap.bytes)
                .find(|(_, ins)| !matches!(ins.mnemonic(), Mnemonic::Nop | Mnemonic::Int3))?;
            let off = gap.offset + u64::from(pos);
            Some((
                (gap.elf_index, off),
                format!("{}+{off:#x} (code no function symbol covers)", gap.section),
            ))
        })
        .min_by_key(|(at, _)| *at)
}

/// A stretch of code no function symbol covers, in a section objtool checks
/// (not an alternative's replacement nor `.altinstr_aux`, read where they
/// are used).
struct CodeOutsideFunctions<'a> {
    elf_index: usize,
    section: &'a str,
    /// Its first byte's offset in the section.
    offset: u64,
    bytes: &'a [u8],
}

/// Every stretch of code no function symbol covers, in section and address
/// order.
fn code_outside_functions(module: &Module) -> Vec<CodeOutsideFunctions<'_>> {
    use object::read::elf::{ElfFile64, SectionHeader};
    use object::{Endianness, Object, ObjectSection};
    let Ok(file) = ElfFile64::<Endianness>::parse(module.bytes()) else {
        return Vec::new();
    };
    let endian = file.endian();
    let mut found = Vec::new();
    for section in file.sections() {
        let flags = section.elf_section_header().sh_flags(endian).0;
        let name = section.name().unwrap_or("?");
        if flags & object::elf::SHF_EXECINSTR.0 == 0
            || flags & object::elf::SHF_ALLOC.0 == 0
            || matches!(name, ".altinstr_replacement" | ".altinstr_aux")
            || name.starts_with(".discard.")
        {
            continue;
        }
        let Ok(bytes) = section.data() else { continue };
        let index = section.index().0;
        // The function extents of this section, in order.
        let mut covered: Vec<(u64, u64)> = module
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.elf_index == index)
            .flat_map(|(slot, _)| {
                module
                    .functions
                    .iter()
                    .filter(move |f| f.section == slot)
                    .map(|f| (f.offset, f.offset + f.size))
            })
            .collect();
        covered.sort_unstable();
        let mut at = 0u64;
        let mut gaps = Vec::new();
        for &(lo, hi) in &covered {
            if lo > at {
                gaps.push((at, lo));
            }
            at = at.max(hi);
        }
        gaps.push((at, bytes.len() as u64));
        for (lo, hi) in gaps {
            let Some(gap) = bytes.get(lo as usize..(hi as usize).min(bytes.len())) else {
                continue;
            };
            if !gap.is_empty() {
                found.push(CodeOutsideFunctions {
                    elf_index: index,
                    section: name,
                    offset: lo,
                    bytes: gap,
                });
            }
        }
    }
    found
}

/// The instructions that write %rsp other than by push/pop/call/ret or a
/// constant (`writes_rsp_interestingly`'s test) in code no function symbol
/// covers: the analysis follows functions' paths only, so they are neither
/// findings nor claims; they are named so that nothing is passed over in
/// silence (objtool checks such code where a path leads there).
fn rsp_writes_outside_functions(module: &Module) -> Vec<UnanalysedWrite> {
    code_outside_functions(module)
        .par_iter()
        // A linked kernel pads every function with `nop`s or `int3`s
        // (100k stretches) and its text's end with zeros: nothing to decode
        // there. (Any mix of the three reads as `nop`, `int3` and `add` of
        // %al, %cl, %dl or %ah to %al, %ah or (%rax) or disp32(%rax): no
        // %rsp.)
        .filter(|gap| !gap.bytes.iter().all(|&b| matches!(b, 0x90 | 0xcc | 0x00)))
        .map_init(Analyzers::default, |an, gap| {
            let mut out = Vec::new();
            // An instruction the lean reading takes writes %rsp no way this
            // test counts (`lean_quick_look_disagrees`): most of a kernel's
            // padding between functions (multi-byte `nop`s).
            crate::x86::lean::sweep(gap.bytes, |pos, read| {
                if let crate::x86::lean::Swept::Iced(ins) = read {
                    if may_write_rsp(ins) && writes_rsp_non_constant(an.strict.info_factory(), ins)
                    {
                        let mut instruction = String::new();
                        iced_x86::GasFormatter::new().format(ins, &mut instruction);
                        out.push(UnanalysedWrite {
                            section: gap.section.to_string(),
                            offset: gap.offset + pos as u64,
                            instruction,
                        });
                    }
                }
                std::ops::ControlFlow::<()>::Continue(())
            });
            out
        })
        // (Each gap's few writes, most none: gathered here, not by rayon's
        // flatten, which cost a third of this pass.)
        .collect::<Vec<Vec<UnanalysedWrite>>>()
        .into_iter()
        .flatten()
        .collect()
}

/// objtool's walks that the first pass left for later (`walk_deferred`), of
/// the functions where ORC generation stopping would change what a finding
/// says: it stops at the object's first undefined CFA (in section and address
/// order), which can only mask a finding's own undefined CFA after it. So
/// every deferred function starting before the last finding's undefined CFA
/// is walked, and the rest never need it (none in a KMSAN `vmlinux.o`, where
/// sixteen thousand functions with frame pointers would cost a third of the
/// scan). Each then holds what one pass without deferral gives it.
fn walk_deferred_where_wanted(
    module: &Module,
    opts: &ScanOptions,
    outcomes: &mut [FunctionOutcome],
) {
    let Some(last) = outcomes
        .iter()
        .filter(|o| !o.findings.is_empty())
        .filter_map(|o| o.orc_undefined)
        .max()
    else {
        return;
    };
    let wanted: Vec<usize> = outcomes
        .iter()
        .zip(&module.functions)
        .enumerate()
        .filter(|(_, (o, f))| {
            o.walk_deferred && (module.sections[f.section].elf_index, f.offset) < last
        })
        .map(|(i, _)| i)
        .collect();
    let walked: Vec<FunctionOutcome> = wanted
        .par_iter()
        .map_init(Analyzers::default, |an, &i| {
            let f = &module.functions[i];
            analyse_function(an, module, f, opts, &CallFacts::default(), None, false)
        })
        .collect();
    for (i, o) in wanted.into_iter().zip(walked) {
        outcomes[i] = o;
    }
}

/// Analyse one function: the quick look first (`quick_look` when taken in
/// the shared decode), then its decode, objtool's walk and the stack
/// analysis as far as each is needed. With `defer_walk`, a function that
/// only needs objtool's walk for its frame pointer is left unwalked
/// (`FunctionOutcome::walk_deferred`).
fn analyse_function(
    an: &mut Analyzers,
    module: &Module,
    f: &Function,
    opts: &ScanOptions,
    calls: &CallFacts,
    quick_look: Option<QuickVerdict>,
    defer_walk: bool,
) -> FunctionOutcome {
    let traced = opts.trace.as_deref() == Some(f.name.as_str());
    let mut out = FunctionOutcome {
        findings: Vec::new(),
        detail: None,
        calls_after: Vec::new(),
        instructions: 0,
        analysed: false,
        converged: true,
        orc_undefined: None,
        objtool_uncertain: false,
        objtool_unreachable: false,
        objtool_fatal: None,
        walk_deferred: false,
    };
    // Most functions never write %rsp: decide that on their own bytes and
    // their alternatives' replacement bytes first. objtool's walk can also
    // lose the CFA, or give up on the object, in a function that does not:
    // those are walked by the model too (`annotations_need_model` and the
    // checks after decoding).
    let annotated = annotations_need_model(module, f);
    if !traced {
        match quick_verdict(an, module, f, annotated, quick_look) {
            QuickVerdict::Nothing(n) => {
                out.instructions = n;
                return out;
            }
            QuickVerdict::WalkOnly(n) if defer_walk => {
                out.instructions = n;
                out.walk_deferred = true;
                return out;
            }
            QuickVerdict::WalkOnly(_) | QuickVerdict::LongWay => {}
        }
    }
    let (mut insns, incomplete) = decode_for_analysis(module, f);
    for i in insns.iter_mut().filter(|i| i.flow == Flow::Call) {
        let target = i.target_name.as_deref();
        i.callee_register_args_only = target.is_some_and(|n| calls.register_args_only.contains(n));
        if crate::analysis::callee_contract::is_direct_call(i) {
            if let Some(c) = target.and_then(|n| calls.contracts.get(n)) {
                i.callee_contract = c.for_call();
            }
            if calls.unnamed_code_unproven
                && crate::analysis::callee_contract::calls_unnamed_code(i, f.size)
            {
                i.callee_contract = crate::x86::decode::CalleeContract::NotShown;
            }
        }
        if let Some(c) = &calls.indirect {
            if crate::analysis::callee_contract::is_indirect_call(i, module) {
                i.callee_contract = c.for_call();
            }
        }
    }
    out.instructions = insns.partition_point(|i| i.alt_site.is_none());
    // Undecodable bytes hide what follows them: analysed, so that they are
    // reported (`analyse_decoded`).
    let writes_rsp = traced
        || writes_rsp_interestingly(an, &insns)
        || insns[..out.instructions].iter().any(|i| i.ins.is_invalid());
    // Calls into the function's own code: objtool's decode gives up on the
    // object at one not annotated ANNOTATE_INTRA_FUNCTION_CALL, and takes an
    // annotated one as a jump (not modelled). A linked image keeps no
    // annotations; it linked, so objtool did not give up on its objects.
    let (annotated_calls, unannotated_calls): (Vec<&Insn>, Vec<&Insn>) = insns[..out.instructions]
        .iter()
        .filter(|i| {
            i.flow == Flow::Call
                && !i.has_reloc
                && i.ins.op0_kind() == OpKind::NearBranch64
                // A call to the function's own start is recursion, not that.
                && (1..f.size).contains(&i.ins.near_branch_target())
        })
        .partition(|i| {
            module.kind != crate::input::elf::ModuleKind::Relocatable
                || module.sections[f.section]
                    .intra_function_calls
                    .binary_search(&(f.offset + i.off as u64))
                    .is_ok()
        });
    let intra_function_call = !unannotated_calls.is_empty() || !annotated_calls.is_empty();
    let unwired_replacement_jumps = || {
        // The decode leaves out an alternative at the function's entry: check
        // its replacement's jumps here, as `unfindable_branch_destination`
        // does the function's own.
        let own = &insns[..out.instructions];
        let is_start = |t: u32| own.binary_search_by_key(&t, |i| i.off).is_ok();
        alternatives_of(module, f)
            .iter()
            .take_while(|a| a.site == f.offset)
            .any(|a| !replacement_jumps_findable(module, f, a, &is_start))
            .then(|| "a jump in the replacement of the alternative at the function's entry to where objtool may not find an instruction".to_string())
    };
    let unfindable = insns[..out.instructions]
        .iter()
        // The function's own bytes (not code the decode followed elsewhere).
        .filter(|i| u64::from(i.end()) <= f.size)
        .find_map(|i| unfindable_branch_destination(module, f, i.off, &i.ins))
        .or_else(unwired_replacement_jumps);
    let own = &insns[..out.instructions];
    let alternative_off_boundary = {
        alternatives_of(module, f).iter().any(|a| {
            own.binary_search_by_key(&((a.site - f.offset) as u32), |i| i.off)
                .is_err()
        })
    };
    if !writes_rsp
        && !annotated
        && !intra_function_call
        && unfindable.is_none()
        && !alternative_off_boundary
        && !insns[out.instructions..]
            .iter()
            .any(|i| crate::objtool::model::replacement_jump_unfindable(i, own))
        && !insns
            .iter()
            .any(|i| copies_rsp_to_rbp(&i.ins) || i.ins.is_invalid())
        && !may_go_on_past_its_bytes(own.last().map(|i| i.ins.flow_control()))
    {
        return out;
    }
    out.analysed = writes_rsp;
    let names = FunctionNames {
        file: &module.path,
        section: &module.sections[f.section].name,
        function: &f.name,
        objtool_name: objtool_name_of(f),
        address: module.function_address(f),
        bytes: module.function_bytes(f),
    };
    let mut facts = function_facts(module, f);
    facts.intra_function_call = !unannotated_calls.is_empty();
    facts.annotated_intra_function_call = !annotated_calls.is_empty();
    let section_name = module.sections[f.section].name.as_str();
    // objtool generates no ORC for these sections (`sec->text` is false):
    // their undefined CFA neither stops ORC generation nor prints its line.
    let orc_generated = !(matches!(section_name, ".altinstr_replacement" | ".altinstr_aux")
        || section_name.starts_with(".discard."));
    if !writes_rsp {
        // Only objtool's walk matters here: no stack analysis, no findings.
        let verdict = simulate(&insns, out.instructions, &facts);
        out.objtool_uncertain = verdict.uncertain.is_some();
        out.objtool_unreachable = verdict.unreachable;
        out.objtool_fatal = verdict.fatal.or(unfindable);
        out.orc_undefined = verdict
            .orc_undefined
            .filter(|_| orc_generated)
            .map(|off| (module.sections[f.section].elf_index, f.offset + off as u64));
        return out;
    }
    let analysis = analyse_decoded(
        an,
        &insns,
        &names,
        &facts,
        traced || opts.explain,
        incomplete,
    );
    out.findings = analysis.findings;
    out.objtool_uncertain = analysis.verdict.uncertain.is_some();
    if !orc_generated {
        for finding in &mut out.findings {
            let p = &mut finding.objtool_prediction;
            if p.cause == Some(Cause::Orc) {
                p.message = None;
                p.cause = None;
                finding.objtool_would_fail = false;
                finding.objtool_message = None;
            }
        }
    }
    out.objtool_unreachable = analysis.verdict.unreachable;
    out.objtool_fatal = analysis.verdict.fatal.clone().or(unfindable);
    out.orc_undefined = analysis
        .verdict
        .orc_undefined
        .filter(|_| orc_generated)
        .map(|off| (module.sections[f.section].elf_index, f.offset + off as u64));
    if module.kind == crate::input::elf::ModuleKind::Executable {
        for finding in out.findings.iter_mut() {
            assume_no_hidden_entries(finding);
        }
    }
    out.converged = analysis.converged;
    for finding in &out.findings {
        let start = insns.partition_point(|i| i.off <= finding.offset);
        let calls: Vec<(u32, Option<String>)> = insns[start..]
            .iter()
            .filter(|i| i.flow == Flow::Call)
            .take(8)
            .map(|i| (i.off, i.target_name.as_deref().map(str::to_string)))
            .collect();
        out.calls_after.push(calls);
    }
    if traced || (opts.explain && !out.findings.is_empty()) {
        out.detail = Some(Box::new(listing(
            module,
            f,
            &insns,
            &out.findings,
            &analysis.states,
            &analysis.verdict,
            traced,
        )));
    }
    out
}

fn listing(
    module: &Module,
    f: &Function,
    insns: &[Insn],
    findings: &[Finding],
    states: &[Option<(State, State)>],
    verdict: &ObjtoolVerdict,
    trace: bool,
) -> FunctionDetail {
    let mut fmt = crate::x86::decode::gas_formatter(false);
    let mut lines = Vec::with_capacity(insns.len());
    for (i, ins) in insns.iter().enumerate() {
        let mut text = String::new();
        fmt.format(&ins.ins, &mut text);
        let mut marks = Vec::new();
        for fd in findings {
            let s = &fd.sites;
            if s.copy.contains(&ins.off) {
                marks.push("copy");
            }
            if s.moves.contains(&ins.off) {
                marks.push("move");
            }
            if s.spills.contains(&ins.off) {
                marks.push("spill");
            }
            if s.reloads.contains(&ins.off) {
                marks.push("reload");
            }
            if s.restore == ins.off {
                marks.push("restore");
            }
            if s.back_edge == Some(ins.off) {
                marks.push("back-edge");
            }
            if s.lost_at == Some(ins.off) {
                marks.push("lost");
            }
        }
        marks.sort_unstable();
        marks.dedup();
        let values = match &states[i] {
            Some((before, after)) if trace => state_values(after, None),
            Some((before, after)) => state_values(after, Some(before)),
            None if trace => vec!["(not reached from the entry)".to_string()],
            None => Vec::new(),
        };
        let objtool_cfa = if trace {
            (i < verdict.states.len()).then(|| match verdict.states.get(i) {
                Some(m) => match m.base {
                    CfaBase::Sp => format!("rsp+{:#x}", m.offset),
                    CfaBase::Bp => format!("rbp+{:#x}", m.offset),
                    CfaBase::Undefined => "undefined".to_string(),
                    CfaBase::Drap => "drap (not modelled)".to_string(),
                    CfaBase::SpIndirect => format!("(rsp)+{:#x}", m.offset),
                },
                None => "not visited".to_string(),
            })
        } else {
            None
        };
        lines.push(ListingLine {
            offset: ins.off,
            text,
            target: ins.target_name.as_deref().map(str::to_string),
            marks,
            values,
            objtool_cfa,
        });
    }
    FunctionDetail {
        file: module.path.clone(),
        function: f.name.clone(),
        section: module.sections[f.section].name.clone(),
        trace,
        lines,
    }
}

/// `reg = CFA-0x98` for every register and slot holding a stack-derived value
/// (only those that changed from `before`, when given).
fn state_values(after: &State, before: Option<&State>) -> Vec<String> {
    let mut out = Vec::new();
    let shown = |v: &Val| !matches!(v, Val::Ext(_) | Val::Const(_));
    for (r, v) in after.regs.iter().enumerate() {
        let changed = before.is_none_or(|b| b.regs[r] != *v);
        if changed
            && (shown(v) || before.is_some_and(|b| shown(&b.regs[r])))
            && (r != RSP || before.is_none() || shown(v))
        {
            out.push(format!("{} = {}", REG_NAMES[r], describe_val(v)));
        }
    }
    let flags = |s: &State| {
        let mut f = Vec::new();
        if s.escaped_any {
            f.push("a pointer into the frame escaped".to_string());
        }
        for &(b, k) in s.escaped.iter() {
            f.push(if k == i64::MIN {
                "a pointer into an unknown stack object escaped".to_string()
            } else {
                format!(
                    "{} escaped",
                    describe_val(&Val::Stack {
                        base: b,
                        k,
                        prov: Default::default()
                    })
                )
            });
        }
        if let Some(c) = &s.cell {
            f.push(format!(
                "[value from {:#x}{:+#x}] = {} (swizzle cell)",
                c.origin,
                c.disp,
                describe_val(&c.val)
            ));
        }
        if s.leaked {
            f.push("a stack address was stored outside the frame".to_string());
        }
        if s.other_regs_tainted {
            f.push("a non-general register may hold a stack address".to_string());
        }
        if s.df != crate::analysis::stack::Df::Clear {
            f.push(format!("DF {:?}", s.df).to_lowercase());
        }
        f
    };
    let (fa, fb) = (flags(after), before.map(flags).unwrap_or_default());
    for f in fa {
        if !fb.contains(&f) {
            out.push(f);
        }
    }
    for ((base, k), v) in after.slots.iter() {
        let changed = before.is_none_or(|b| b.slots.get(&(*base, *k)) != Some(v));
        if changed {
            let slot = describe_val(&Val::Stack {
                base: *base,
                k: *k,
                prov: std::rc::Rc::from([]),
            });
            out.push(format!("[{slot}] = {}", describe_val(v)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    //! Whole-function classification on hand-assembled code (encodings from
    //! `llvm-mc-19 -show-encoding`; offsets in the comments).
    use super::analyse_bytes;
    use crate::analysis::findings::{Finding, Kind};

    /// The quick look scan takes inside the decode that finds ways into
    /// functions says, for every function of every committed test object,
    /// what the look taken on its own says.
    #[test]
    fn quick_look_in_the_shared_decode_is_the_look_on_its_own() {
        let objects = crate::committed_test_objects();
        let (mut functions, mut ruled_out, mut walk_only) = (0, 0, 0);
        for path in &objects {
            let Ok(module) = crate::input::elf::load_file(path) else {
                continue;
            };
            let (_, shared) = crate::input::entries::from_code_with(
                &module,
                crate::input::entries::Readings::All,
                || super::QuickLook {
                    module: &module,
                    function: None,
                    state: super::QuickState::default(),
                },
            );
            let mut an = super::Analyzers::default();
            for (f, shared) in module.functions.iter().zip(&shared) {
                let alone = super::own_bytes_write_rsp_interestingly(&mut an, &module, f);
                assert_eq!(*shared, Some(alone), "{}: {}", path.display(), f.name);
                functions += 1;
                ruled_out += usize::from(alone != super::QuickVerdict::LongWay);
                if let super::QuickVerdict::WalkOnly(n) = alone {
                    // What a deferred walk may skip: walked, it is never
                    // fatal to objtool and never a finding.
                    let opts = super::ScanOptions::default();
                    let calls = super::CallFacts::default();
                    let walked =
                        super::analyse_function(&mut an, &module, f, &opts, &calls, None, false);
                    let why = format!("{}: {}", path.display(), f.name);
                    assert_eq!(walked.objtool_fatal, None, "{why}");
                    assert!(walked.findings.is_empty() && !walked.analysed, "{why}");
                    assert_eq!(walked.instructions, n, "{why}");
                    walk_only += 1;
                }
            }
        }
        assert!(
            objects.len() > 100 && functions > ruled_out && ruled_out > 100,
            "{functions} {ruled_out}"
        );
        assert!(walk_only > 0, "no function whose walk alone may matter");
    }

    /// Scan's shortcuts (the ways in left unread when no function needs the
    /// long way, the quick looks taken in the shared decode, objtool's walks
    /// of frame-pointer functions left until a finding wants them) change
    /// nothing: for every committed test object, what `scan_paths` reports is
    /// what a scan of the fully loaded module without them reports.
    #[test]
    fn scan_shortcuts_change_nothing() {
        let objects = crate::committed_test_objects();
        let opts = super::ScanOptions::default();
        let mut compared = 0;
        for path in &objects {
            let Ok(module) = crate::input::elf::load_file(path) else {
                continue;
            };
            let quick: Vec<_> = {
                let mut an = super::Analyzers::default();
                module
                    .functions
                    .iter()
                    .map(|f| {
                        Some(super::own_bytes_write_rsp_interestingly(
                            &mut an, &module, f,
                        ))
                    })
                    .collect()
            };
            let without =
                super::scan_module_with(&module, &opts, Some(&quick), false, None, None, None);
            let with = super::scan_paths(std::slice::from_ref(path), &opts);
            let [with] = with.modules.as_slice() else {
                panic!("{}: {:?}", path.display(), with.errors);
            };
            let why = path.display().to_string();
            assert_eq!(
                format!("{:?}", with.findings),
                format!("{:?}", without.findings),
                "{why}"
            );
            assert_eq!(with.instructions, without.instructions, "{why}");
            assert_eq!(with.analysed_functions, without.analysed_functions, "{why}");
            compared += 1;
        }
        assert!(compared > 100, "{compared}");
    }

    /// `realignments_only` gives what the full analysis gives: over every
    /// function of every committed test object (and its alternatives'
    /// replacements) the shortcut takes, the findings and reached code are
    /// the full analysis' (`want_states` takes the full way).
    #[test]
    fn the_realignment_shortcut_is_the_full_analysis() {
        let mut taken = 0;
        let mut compared = 0;
        for path in crate::committed_test_objects() {
            let Ok(module) = crate::input::elf::load_file(&path) else {
                continue;
            };
            let mut an = super::Analyzers::default();
            for f in &module.functions {
                let (insns, incomplete) = super::decode_for_analysis(&module, f);
                if insns.is_empty() {
                    continue;
                }
                let names = super::FunctionNames {
                    file: &module.path,
                    section: &module.sections[f.section].name,
                    function: &f.name,
                    objtool_name: super::objtool_name_of(f),
                    address: module.function_address(f),
                    bytes: module.function_bytes(f),
                };
                let facts = super::function_facts(&module, f);
                let cfg = super::Cfg::build(&insns);
                let real = insns.partition_point(|i| i.alt_site.is_none());
                let verdict = super::simulate(&insns, real, &facts);
                let ctx = crate::analysis::findings::FunctionContext {
                    file: names.file,
                    section: names.section,
                    function: names.function,
                    objtool_name: names.objtool_name,
                    address: names.address,
                    insns: &insns,
                    cfg: &cfg,
                    objtool: &verdict,
                };
                // Taken for a function with a realignment (one with no %rsp
                // write at all says little).
                if super::realignments_only(&mut an, &insns, &cfg, &ctx)
                    .is_some_and(|(findings, _)| !findings.is_empty())
                {
                    taken += 1;
                }
                let quick = super::analyse_decoded(
                    &mut an,
                    &insns,
                    &names,
                    &facts,
                    false,
                    incomplete.clone(),
                );
                let full =
                    super::analyse_decoded(&mut an, &insns, &names, &facts, true, incomplete);
                let why = format!("{}: {}", path.display(), f.name);
                assert_eq!(
                    format!("{:?}", quick.findings),
                    format!("{:?}", full.findings),
                    "{why}"
                );
                assert_eq!(quick.converged, full.converged, "{why}");
                compared += 1;
            }
        }
        assert!(
            compared > 1000 && taken > 10,
            "{compared} compared, {taken} taken"
        );
    }

    /// The pre-filter may only let through instructions that do not write
    /// %rsp: over every instruction decoded from 4 MiB of pseudo-random bytes
    /// (all opcode maps, prefixes and operand forms the decoder accepts),
    /// whatever iced-x86's instruction info says writes %rsp passes
    /// `may_write_rsp`.
    #[test]
    fn the_rsp_pre_filter_misses_no_rsp_writer() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut bytes = vec![0u8; 4 << 20];
        for b in bytes.iter_mut() {
            // xorshift64
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            *b = (state >> 24) as u8;
        }
        let mut info = iced_x86::InstructionInfoFactory::new();
        let mut decoder = iced_x86::Decoder::new(64, &bytes, iced_x86::DecoderOptions::NONE);
        let mut ins = iced_x86::Instruction::default();
        let (mut seen, mut writers) = (0u64, 0u64);
        while decoder.can_decode() {
            decoder.decode_out(&mut ins);
            if ins.is_invalid() {
                continue;
            }
            seen += 1;
            // What the table by code stands for, instance by instance
            // (`enter` and `ret imm16` with their sizes as decoded).
            assert!(
                ins.stack_pointer_increment() == 0 || super::may_write_rsp(&ins),
                "moves the stack, missed: {ins} ({:?})",
                ins.code()
            );
            let writes = info.info(&ins).used_registers().iter().any(|u| {
                u.register().full_register() == iced_x86::Register::RSP
                    && matches!(
                        u.access(),
                        iced_x86::OpAccess::Write
                            | iced_x86::OpAccess::CondWrite
                            | iced_x86::OpAccess::ReadWrite
                            | iced_x86::OpAccess::ReadCondWrite
                    )
            });
            if writes {
                writers += 1;
                assert!(
                    super::may_write_rsp(&ins),
                    "missed: {ins} ({:?})",
                    ins.code()
                );
            }
        }
        assert!(
            seen > 500_000 && writers > 1_000,
            "{seen} instructions, {writers} writers"
        );
    }

    fn one(bytes: &[u8]) -> (Finding, Option<String>) {
        let a = analyse_bytes(bytes, "f");
        assert_eq!(a.findings.len(), 1, "findings: {:?}", a.findings);
        (
            a.findings[0].clone(),
            a.verdict
                .message
                .map(|m| format!("{:#x}: {}", m.off, m.message)),
        )
    }

    // A call out of the function (rel32 0x1000; `e8 00 00 00 00` would be
    // `call 1f; 1:`, which pushes and goes on).
    const CALL: [u8; 5] = [0xe8, 0, 0x10, 0, 0];

    #[test]
    fn register_chain_through_callee_saved_registers_is_redundant() {
        let mut code = vec![
            0x53, 0x48, 0x83, 0xec, 0x20, 0x48, 0x89, 0xe3, 0x49, 0x89, 0xdc,
        ];
        code.extend(CALL); // b: call
        code.extend([0x4c, 0x89, 0xe4, 0x48, 0x83, 0xc4, 0x20, 0x5b, 0xc3]); // 10: mov %r12,%rsp
        let (f, objtool) = one(&code);
        assert_eq!(f.kind, Kind::RspRegisterChain);
        assert!(f.restore_redundant);
        assert_eq!(f.rsp_delta, Some(0));
        assert_eq!(f.offset, 0x10);
        assert_eq!(f.sites.copy, vec![5]);
        assert_eq!(f.sites.moves, vec![8]);
        assert!(
            !f.objtool_would_fail,
            "objtool follows register copies: {objtool:?}"
        );
    }

    #[test]
    fn copy_in_caller_saved_register_across_call_is_unknown_and_objtool_is_silent() {
        let mut code = vec![0x48, 0x83, 0xec, 0x20, 0x48, 0x89, 0xe1];
        code.extend(CALL); // 7
        code.extend([0x48, 0x89, 0xcc, 0x48, 0x83, 0xc4, 0x20, 0xc3]); // c: mov %rcx,%rsp
        let (f, objtool) = one(&code);
        assert_eq!(f.kind, Kind::RspUnknownRestore);
        assert!(!f.restore_redundant);
        assert_eq!(f.sites.lost_at, Some(7));
        assert!(f.summary.contains("clobbered by call"), "{}", f.summary);
        // objtool does not model call clobbers: it accepts this real bug.
        assert!(!f.objtool_would_fail);
        assert_eq!(objtool, None);
    }

    #[test]
    fn spill_through_a_slot_fails_objtool_at_the_next_stack_op() {
        let mut code = vec![0x48, 0x83, 0xec, 0x20, 0x48, 0x89, 0x64, 0x24, 0x10]; // 4: mov %rsp,0x10(%rsp)
        code.extend(CALL); // 9
        code.extend([0x48, 0x8b, 0x4c, 0x24, 0x10]); // e: mov 0x10(%rsp),%rcx
        code.extend([0x48, 0x89, 0xcc, 0x48, 0x83, 0xc4, 0x20, 0xc3]); // 13: mov %rcx,%rsp; 16: add
        let (f, objtool) = one(&code);
        assert_eq!(f.kind, Kind::SpilledRsp);
        assert!(f.restore_redundant);
        assert_eq!(f.sites.spills, vec![4]);
        assert_eq!(f.sites.reloads, vec![0xe]);
        assert!(f.objtool_would_fail);
        assert_eq!(objtool.as_deref(), Some("0x16: undefined stack state"));
    }

    #[test]
    fn overwritten_slot_makes_the_restore_unknown() {
        let mut code = vec![0x48, 0x83, 0xec, 0x20, 0x48, 0x89, 0x64, 0x24, 0x10];
        code.extend([0x48, 0xc7, 0x44, 0x24, 0x10, 0, 0, 0, 0]); // 9: movq $0,0x10(%rsp)
        code.extend([0x48, 0x8b, 0x4c, 0x24, 0x10, 0x48, 0x89, 0xcc]); // 12: reload, 17: restore
        code.extend([0x48, 0x83, 0xc4, 0x20, 0xc3]);
        let (f, _) = one(&code);
        assert_eq!(f.kind, Kind::RspUnknownRestore);
        assert_eq!(f.sites.lost_at, Some(9));
        assert!(f.summary.contains("overwritten"), "{}", f.summary);
    }

    #[test]
    fn restore_at_loop_head_after_reload_is_spilled_rsp_loop() {
        let mut code = vec![0x48, 0x83, 0xec, 0x20, 0x48, 0x89, 0x64, 0x24, 0x10];
        code.extend([0x48, 0x8b, 0x4c, 0x24, 0x10, 0x48, 0x89, 0xcc]); // 9: reload (loop head), e: restore
        code.extend(CALL); // 11
        code.extend([0x48, 0x85, 0xff, 0x75, 0xee]); // 16: test; 19: jne 0x9
        code.extend([0x48, 0x83, 0xc4, 0x20, 0xc3]);
        let (f, _) = one(&code);
        assert_eq!(f.kind, Kind::SpilledRspLoop);
        // The copy sits in %rcx, an argument register, at a call to an unknown
        // callee: it may write the frame through it, so only the in-bounds
        // assumption gives the no-op.
        assert!(!f.restore_redundant);
        assert_eq!(f.rsp_delta, None);
        assert_eq!(f.assumed_rsp_delta, Some(0));
        assert_eq!(f.assumptions, vec!["stack-objects-in-bounds".to_string()]);
        assert!(f.in_loop);
        assert_eq!(f.sites.back_edge, Some(0x19));
        assert!(f.objtool_would_fail);
    }

    #[test]
    fn lea_copy_restored_moves_rsp_by_a_constant() {
        let code = [
            0x48, 0x83, 0xec, 0x20, 0x48, 0x8d, 0x44, 0x24, 0x08, 0x48, 0x89, 0xc4, 0x48, 0x83,
            0xc4, 0x18, 0xc3,
        ];
        let (f, _) = one(&code);
        assert_eq!(f.kind, Kind::RspRegisterChain);
        assert_eq!(f.rsp_delta, Some(8));
        assert!(!f.restore_redundant);
        assert!(!f.objtool_would_fail);
    }

    #[test]
    fn disagreeing_paths_make_the_restore_unknown() {
        // 4: mov %rsp,%rcx; 7: test; a: je 0xf; c: mov %rdi,%rcx; f: mov %rcx,%rsp
        let code = [
            0x48, 0x83, 0xec, 0x20, 0x48, 0x89, 0xe1, 0x48, 0x85, 0xff, 0x74, 0x03, 0x48, 0x89,
            0xf9, 0x48, 0x89, 0xcc, 0x48, 0x83, 0xc4, 0x20, 0xc3,
        ];
        let (f, _) = one(&code);
        assert_eq!(f.kind, Kind::RspUnknownRestore);
        assert_eq!(f.sites.lost_at, Some(0xf));
        assert!(f.summary.contains("paths disagree"), "{}", f.summary);
    }

    #[test]
    fn argument_as_stack_is_a_switch() {
        let (f, _) = one(&[0x48, 0x89, 0xfc, 0xc3]);
        assert_eq!(f.kind, Kind::RspSwitch);
        assert!(!f.restore_redundant);
    }

    /// Allocas and realignments are reported as `rsp-dynamic` and nothing else.
    fn only_dynamic(a: &super::Analysis) {
        assert!(
            a.findings
                .iter()
                .all(|f| f.kind == Kind::RspDynamic && !f.restore_redundant),
            "{:?}",
            a.findings
        );
    }

    #[test]
    fn frame_pointer_epilogues_are_not_findings_and_allocas_are_dynamic() {
        // push %rbp; mov %rsp,%rbp; sub $0x20,%rsp; leave; ret
        assert!(
            analyse_bytes(
                &[0x55, 0x48, 0x89, 0xe5, 0x48, 0x83, 0xec, 0x20, 0xc9, 0xc3],
                "f"
            )
            .findings
            .is_empty()
        );
        // push %rbp; mov %rsp,%rbp; sub %rax,%rsp; mov %rbp,%rsp; pop %rbp; ret
        let a = analyse_bytes(
            &[
                0x55, 0x48, 0x89, 0xe5, 0x48, 0x29, 0xc4, 0x48, 0x89, 0xec, 0x5d, 0xc3,
            ],
            "f",
        );
        only_dynamic(&a);
        assert_eq!(a.verdict.message, None);
        // push %rbp; mov %rsp,%rbp; and $-32,%rsp; mov %rbp,%rsp; pop %rbp; ret
        let a = analyse_bytes(
            &[
                0x55, 0x48, 0x89, 0xe5, 0x48, 0x83, 0xe4, 0xe0, 0x48, 0x89, 0xec, 0x5d, 0xc3,
            ],
            "f",
        );
        only_dynamic(&a);
    }

    #[test]
    fn a_slot_whose_address_is_passed_to_a_call_is_not_proven() {
        // sub $0x20,%rsp; mov %rsp,(%rsp); mov %rsp,%rdi; call; mov (%rsp),%rcx;
        // mov %rcx,%rsp: the callee got the slot's address and may have written it.
        let mut code = vec![
            0x48, 0x83, 0xec, 0x20, 0x48, 0x89, 0x24, 0x24, 0x48, 0x89, 0xe7,
        ];
        code.extend(CALL);
        code.extend([
            0x48, 0x8b, 0x0c, 0x24, 0x48, 0x89, 0xcc, 0x48, 0x83, 0xc4, 0x20, 0xc3,
        ]);
        let (f, _) = one(&code);
        assert_eq!(f.kind, Kind::RspUnknownRestore, "{}", f.summary);
        assert!(!f.restore_redundant);
    }

    #[test]
    fn a_slot_below_rsp_does_not_survive() {
        // sub $0x10,%rsp; mov %rsp,(%rsp); add $0x10,%rsp; sub $0x10,%rsp;
        // mov (%rsp),%rcx; mov %rcx,%rsp: an interrupt may have used the slot.
        let code = [
            0x48, 0x83, 0xec, 0x10, 0x48, 0x89, 0x24, 0x24, 0x48, 0x83, 0xc4, 0x10, 0x48, 0x83,
            0xec, 0x10, 0x48, 0x8b, 0x0c, 0x24, 0x48, 0x89, 0xcc, 0x48, 0x83, 0xc4, 0x10, 0xc3,
        ];
        let (f, _) = one(&code);
        assert!(!f.restore_redundant, "{f:?}");
    }

    #[test]
    fn garbage_bytes_do_not_panic() {
        for seed in 0u32..200 {
            let bytes: Vec<u8> = (0..64u32)
                .map(|i| (seed.wrapping_mul(2654435761).wrapping_add(i * 40503) >> 13) as u8)
                .collect();
            let _ = analyse_bytes(&bytes, "f");
        }
    }
}
