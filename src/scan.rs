//! The scan pipeline: inputs → modules → functions → findings (+ source chains,
//! explain listings and traces), in parallel, deterministically ordered.

use crate::cfg::Cfg;
use crate::decode::{Flow, Insn, decode_function};
use crate::dwarf::DwarfIndex;
use crate::elf::{Function, Module, load};
use crate::error::InputError;
use crate::findings::{
    AsmCall, Finding, FunctionContext, Source, classify, describe_val, restored_from,
};
use crate::inputs::{Input, discover};
use crate::objtool_model::{CfaBase, ObjtoolVerdict, simulate};
use crate::stack::{Analyzer, REG_NAMES, RSP, State, Val};
use iced_x86::{Formatter, GasFormatter, Mnemonic, OpKind, Register};
use rayon::prelude::*;
use std::path::PathBuf;

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
}

/// The whole run.
#[derive(Debug, Default)]
pub struct ScanResult {
    pub modules: Vec<ModuleScan>,
    pub errors: Vec<InputError>,
}

pub fn scan_paths(paths: &[PathBuf], opts: &ScanOptions) -> ScanResult {
    let (inputs, mut errors) = discover(paths);
    let results: Vec<Result<ModuleScan, InputError>> = inputs
        .into_par_iter()
        .map(|input| scan_input(input, opts))
        .collect();
    let mut modules = Vec::new();
    for r in results {
        match r {
            Ok(m) => modules.push(m),
            Err(e) => errors.push(e),
        }
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    ScanResult { modules, errors }
}

fn scan_input(input: Input, opts: &ScanOptions) -> Result<ModuleScan, InputError> {
    let module = load(input.display, input.backing, input.range)?;
    Ok(scan_module(&module, opts))
}

/// Does any instruction write %rsp other than push/pop/call/ret or a constant
/// add/sub? Only those can be findings, so other functions need no analysis.
fn writes_rsp_interestingly(insns: &[Insn]) -> bool {
    insns.iter().any(|i| {
        let ins = &i.ins;
        match ins.mnemonic() {
            Mnemonic::Leave | Mnemonic::Enter => true,
            Mnemonic::Add | Mnemonic::Sub => {
                ins.op0_kind() == OpKind::Register
                    && ins.op0_register() == Register::RSP
                    && !matches!(
                        ins.op1_kind(),
                        OpKind::Immediate8to64 | OpKind::Immediate32to64
                    )
            }
            Mnemonic::Xchg => {
                ins.op0_register() == Register::RSP || ins.op1_register() == Register::RSP
            }
            _ => {
                ins.op_count() > 0
                    && ins.op0_kind() == OpKind::Register
                    && ins.op0_register() == Register::RSP
            }
        }
    })
}

struct FunctionOutcome {
    findings: Vec<Finding>,
    detail: Option<FunctionDetail>,
    /// Call offsets following each finding's restore (for the asm-call source).
    calls_after: Vec<Vec<(u32, Option<String>)>>,
    instructions: usize,
    analysed: bool,
}

pub fn scan_module(module: &Module, opts: &ScanOptions) -> ModuleScan {
    let outcomes: Vec<FunctionOutcome> = module
        .functions
        .par_iter()
        .map_init(Analyzer::default, |an, f| {
            analyse_function(an, module, f, opts)
        })
        .collect();
    let mut scan = ModuleScan {
        path: module.path.clone(),
        functions: module.functions.len(),
        problems: module.problems.iter().map(|p| p.message.clone()).collect(),
        ..Default::default()
    };
    let mut calls_after = Vec::new();
    for o in outcomes {
        scan.instructions += o.instructions;
        scan.analysed_functions += o.analysed as usize;
        for (f, c) in o.findings.into_iter().zip(o.calls_after) {
            scan.findings.push(f);
            calls_after.push(c);
        }
        if let Some(d) = o.detail {
            scan.details.push(d);
        }
    }
    if opts.source && !scan.findings.is_empty() {
        match DwarfIndex::load(module) {
            Ok(Some(dwarf)) => {
                for (f, calls) in scan.findings.iter_mut().zip(&calls_after) {
                    f.source = Some(source_for(&dwarf, f, calls));
                }
            }
            Ok(None) => {}
            Err(e) => scan
                .problems
                .push(format!("DWARF unreadable, no source lines: {e}")),
        }
    }
    scan
}

fn source_for(dwarf: &DwarfIndex, f: &Finding, calls: &[(u32, Option<String>)]) -> Source {
    let restore = dwarf.frames(f.address);
    let func_start = f.address - f.offset as u64;
    // The asm statement's call: the first following call attributed to the same
    // source line as the restore (the innermost frame is the asm statement).
    let key = restore.first().map(|fr| (fr.file.clone(), fr.line));
    let asm_call = calls.iter().find_map(|(off, callee)| {
        let frames = dwarf.frames(func_start + *off as u64);
        let k = frames.first().map(|fr| (fr.file.clone(), fr.line));
        (key.is_some() && k == key).then(|| AsmCall {
            offset: *off,
            callee: callee.clone(),
            frames,
        })
    });
    Source { restore, asm_call }
}

fn analyse_function(
    an: &mut Analyzer,
    module: &Module,
    f: &Function,
    opts: &ScanOptions,
) -> FunctionOutcome {
    let insns = decode_function(module, f);
    let traced = opts.trace.as_deref() == Some(f.name.as_str());
    let mut out = FunctionOutcome {
        findings: Vec::new(),
        detail: None,
        calls_after: Vec::new(),
        instructions: insns.len(),
        analysed: false,
    };
    if !traced && !writes_rsp_interestingly(&insns) {
        return out;
    }
    out.analysed = true;
    let cfg = Cfg::build(&insns);
    let sol = an.solve(&insns, &cfg);
    let verdict = simulate(&insns);
    let section = &module.sections[f.section];
    let ctx = FunctionContext {
        file: &module.path,
        section: &section.name,
        function: &f.name,
        address: module.function_address(f),
        insns: &insns,
        cfg: &cfg,
        objtool: &verdict,
    };
    let mut before_states: Vec<Option<(State, State)>> = vec![None; insns.len()];
    let want_states = traced || opts.explain;
    let idx_of = |off: u32| insns.binary_search_by_key(&off, |i| i.off).ok();
    an.replay(&insns, &cfg, &sol, &mut |ins, before, after, write| {
        if let Some(w) = write {
            let from = restored_from(&ins.ins, w.form);
            if let Some(finding) = classify(&ctx, w, &before.regs[crate::stack::RBP], from) {
                out.findings.push(finding);
            }
        }
        if want_states {
            if let Some(i) = idx_of(ins.off) {
                before_states[i] = Some((before.clone(), after.clone()));
            }
        }
    });
    out.findings.sort_by_key(|x| x.offset);
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
        out.detail = Some(listing(
            module,
            f,
            &insns,
            &out.findings,
            &before_states,
            &verdict,
            traced,
        ));
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
    let mut fmt = GasFormatter::new();
    fmt.options_mut().set_gas_show_mnemonic_size_suffix(false);
    fmt.options_mut().set_uppercase_hex(false);
    fmt.options_mut().set_hex_prefix("0x");
    fmt.options_mut().set_hex_suffix("");
    fmt.options_mut().set_branch_leading_zeros(false);
    fmt.options_mut().set_leading_zeros(false);
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
            verdict.states.get(i).map(|s| match s {
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
    for ((base, k), v) in &after.slots {
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
