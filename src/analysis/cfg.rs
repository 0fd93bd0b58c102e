//! Basic blocks and edges of one function, reverse postorder, DFS back edges and
//! the natural loop of each back edge. Knows nothing about the stack.

use crate::x86::decode::{Flow, Insn};

#[derive(Clone, Debug)]
pub struct Block {
    /// Range of instruction indices `[first, last]`.
    pub first: usize,
    pub last: usize,
    pub succs: Vec<usize>,
    /// Exception-table fixups of the block's first instruction: they receive the
    /// state from before the block (the faulting instruction did not complete).
    pub exc_succs: Vec<usize>,
    pub preds: Vec<usize>,
}

/// A back edge: `from` block's last instruction jumps (or falls) to `head`, and
/// `head` dominates `from` (every path from the entry to `from` passes `head`).
#[derive(Clone, Debug)]
pub struct BackEdge {
    pub from: usize,
    pub head: usize,
    /// Blocks of the natural loop (head included), sorted.
    pub body: Vec<usize>,
}

pub struct Cfg {
    pub blocks: Vec<Block>,
    /// Block index per instruction index.
    pub block_of: Vec<usize>,
    /// Reachable blocks from the entry, in reverse postorder.
    pub rpo: Vec<usize>,
    pub back_edges: Vec<BackEdge>,
}

impl Cfg {
    /// What keeps the control-flow graph of a function's own bytes from being
    /// complete: indirect jumps, reachable bytes that do not decode, jumps into
    /// the middle of an instruction. Any of them and no claim rests on the graph.
    pub fn gaps(&self, insns: &[Insn], reached_block: impl Fn(usize) -> bool) -> Vec<String> {
        let mut gaps = Vec::new();
        let real = insns.partition_point(|i| i.alt_site.is_none());
        let reached = |i: usize| reached_block(self.block_of[i]);
        for i in &insns[..real] {
            // Through a register or a relocated table alike: targets unknown.
            if i.ins.flow_control() == iced_x86::FlowControl::IndirectBranch {
                gaps.push(format!(
                    "an indirect jump at +{:#x} (a jump table?) has targets rspill does not know",
                    i.off
                ));
                break;
            }
        }
        if let Some(i) =
            (0..real).find(|&i| reached(i) && insns[i].ins.code() == iced_x86::Code::INVALID)
        {
            gaps.push(format!(
                "bytes at +{:#x} on a reachable path do not decode",
                insns[i].off
            ));
        }
        // Falling off the end of the symbol runs whatever bytes follow it.
        let end = insns[..real].last().map_or(0, |l| l.end());
        if let Some(i) = (0..real).find(|&i| {
            let ins = &insns[i];
            // (A trap the kernel resumes after, a WARN's `ud2` or an `int3`,
            // falls through too: blind review 141.)
            let falls = matches!(ins.flow, Flow::Next | Flow::Call | Flow::CondJump(_))
                || (ins.flow == Flow::Stop && ins.fallthrough_to.is_some());
            let to = ins.fallthrough_to.unwrap_or(ins.end());
            reached(i) && falls && to != crate::x86::decode::NO_FALLTHROUGH && to >= end
        }) {
            gaps.push(format!(
                "+{:#x} falls through past the end of the function's symbol",
                insns[i].off
            ));
        }
        // So does a replacement's last instruction at a site that ends the
        // function, a trap it puts there included (blind review 142: `ret`
        // replaced by `int3`, resumed into the bytes after the function).
        // (Within a replacement, falling through is to its next
        // instruction, at the end of the one before.)
        if let Some(i) = (real..insns.len()).find(|&i| {
            let ins = &insns[i];
            let falls = matches!(ins.flow, Flow::Next | Flow::Call | Flow::CondJump(_))
                || ins.flow == Flow::Stop;
            reached(i)
                && falls
                && ins.fallthrough_to.is_some_and(|t| {
                    t != ins.end() && t != crate::x86::decode::NO_FALLTHROUGH && t >= end
                })
        }) {
            gaps.push(format!(
                "the .altinstructions replacement for +{:#x} falls through past the end of the function's symbol",
                insns[i].alt_site.unwrap_or_default()
            ));
        }
        let overlapping = landings_inside_instructions(&insns[..real]);
        if let Some(t) = overlapping.first() {
            gaps.push(format!(
                "a jump lands inside an instruction, at +{t:#x} (overlapping code)"
            ));
        }
        gaps
    }

    pub fn build(insns: &[Insn]) -> Cfg {
        let n = insns.len();
        let index_of = |off: u32| insns.binary_search_by_key(&off, |i| i.off).ok();
        // Leaders: entry, branch targets that start an instruction, and whatever
        // follows a branch or a path end.
        let mut leader = vec![false; n];
        if n > 0 {
            leader[0] = true;
        }
        for (i, ins) in insns.iter().enumerate() {
            // An exception-table site starts its block (its fixup gets the state
            // before it); so does an alternative site (its replacement runs instead).
            if ins.ex_fixup.is_some() || !ins.alt_entries.is_empty() {
                leader[i] = true;
                for t in ins.ex_fixup.iter().chain(&ins.alt_entries).copied() {
                    if let Some(ti) = index_of(t) {
                        leader[ti] = true;
                    }
                }
            }
            if let Some(t) = ins.fallthrough_to {
                if let Some(ti) = index_of(t) {
                    leader[ti] = true;
                }
                // It ends its block (a call that does not return, a resuming ud2).
                if i + 1 < n {
                    leader[i + 1] = true;
                }
            }
            // Instructions that do not follow each other in the bytes (virtual
            // replacement code after the function) are separate blocks.
            if i + 1 < n && insns[i + 1].off != ins.end() {
                leader[i + 1] = true;
            }
            // A static-key site ends its block; its target starts one.
            if let Some(t) = ins.jump_label {
                if let Some(ti) = index_of(t) {
                    leader[ti] = true;
                }
                if i + 1 < n {
                    leader[i + 1] = true;
                }
            }
            match ins.flow {
                Flow::Jump(t) | Flow::CondJump(t) => {
                    if let Some(ti) = index_of(t) {
                        leader[ti] = true;
                    }
                    if i + 1 < n {
                        leader[i + 1] = true;
                    }
                }
                Flow::Exit | Flow::Stop => {
                    if i + 1 < n {
                        leader[i + 1] = true;
                    }
                }
                Flow::Next | Flow::Call => {}
            }
        }
        let mut blocks = Vec::new();
        let mut block_of = vec![0; n];
        let mut i = 0;
        while i < n {
            let first = i;
            i += 1;
            while i < n && !leader[i] {
                i += 1;
            }
            for b in block_of.iter_mut().take(i).skip(first) {
                *b = blocks.len();
            }
            blocks.push(Block {
                first,
                last: i - 1,
                succs: Vec::new(),
                exc_succs: Vec::new(),
                preds: Vec::new(),
            });
        }
        let fallthrough = |i: usize| -> Option<usize> {
            match insns[i].fallthrough_to {
                Some(t) => index_of(t),
                None => (i + 1 < n && insns[i + 1].off == insns[i].end()).then_some(i + 1),
            }
        };
        for b in 0..blocks.len() {
            let last = blocks[b].last;
            let ins = &insns[last];
            let mut succs = Vec::new();
            // Jump target first: the order objtool walks in, and the order joins see.
            match ins.flow {
                Flow::Jump(t) => {
                    // A jump into the middle of an instruction has no block: the
                    // path ends there (and is reported nowhere; it is not code).
                    if let Some(ti) = index_of(t) {
                        succs.push(block_of[ti]);
                    }
                }
                Flow::CondJump(t) => {
                    if let Some(ti) = index_of(t) {
                        succs.push(block_of[ti]);
                    }
                    if let Some(f) = fallthrough(last) {
                        succs.push(block_of[f]);
                    }
                }
                Flow::Next | Flow::Call => {
                    if let Some(f) = fallthrough(last) {
                        succs.push(block_of[f]);
                    }
                }
                Flow::Stop => {
                    if ins.fallthrough_to.is_some() {
                        if let Some(f) = fallthrough(last) {
                            succs.push(block_of[f]);
                        }
                    }
                }
                Flow::Exit => {}
            }
            if let Some(ti) = ins.jump_label.and_then(index_of) {
                succs.push(block_of[ti]);
            }
            succs.dedup();
            for &s in &succs {
                blocks[s].preds.push(b);
            }
            blocks[b].succs = succs;
            let first = &insns[blocks[b].first];
            if let Some(fi) = first.ex_fixup.and_then(index_of) {
                let f = block_of[fi];
                blocks[b].exc_succs.push(f);
                blocks[f].preds.push(b);
            }
        }
        // An alternative site's replacement runs instead of the original bytes:
        // every edge into the site also leads into the replacement.
        for i in 0..n {
            for ri in insns[i].alt_entries.iter().filter_map(|&t| index_of(t)) {
                let (site, repl) = (block_of[i], block_of[ri]);
                for p in blocks[site].preds.clone() {
                    if blocks[p].succs.contains(&site) && !blocks[p].succs.contains(&repl) {
                        blocks[p].succs.push(repl);
                        blocks[repl].preds.push(p);
                    }
                    if blocks[p].exc_succs.contains(&site) && !blocks[p].exc_succs.contains(&repl) {
                        blocks[p].exc_succs.push(repl);
                        blocks[repl].preds.push(p);
                    }
                }
            }
        }
        let (rpo, back) = if blocks.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            let rpo = dfs(&blocks).0;
            let idom = dominators(&blocks, &rpo);
            (rpo, back_edges(&blocks, &idom))
        };
        let back_edges = back
            .into_iter()
            .map(|(from, head)| BackEdge {
                from,
                head,
                body: natural_loop(&blocks, from, head),
            })
            .collect();
        Cfg {
            blocks,
            block_of,
            rpo,
            back_edges,
        }
    }

    /// The innermost back edge whose natural loop contains `block`.
    pub fn loop_containing(&self, block: usize) -> Option<&BackEdge> {
        self.back_edges
            .iter()
            .filter(|e| e.body.binary_search(&block).is_ok())
            .min_by_key(|e| (e.body.len(), e.from))
    }
}

/// Iterative DFS from block 0: reverse postorder and retreating edges.
fn dfs(blocks: &[Block]) -> (Vec<usize>, Vec<(usize, usize)>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnStack,
        Done,
    }
    let mut mark = vec![Mark::New; blocks.len()];
    let mut post = Vec::with_capacity(blocks.len());
    let mut back = Vec::new();
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    mark[0] = Mark::OnStack;
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let all = &blocks[b];
        let s_at = |k: usize| {
            all.succs
                .get(k)
                .or_else(|| all.exc_succs.get(k - all.succs.len()))
        };
        if let Some(&s) = s_at(*next) {
            *next += 1;
            match mark[s] {
                Mark::New => {
                    mark[s] = Mark::OnStack;
                    stack.push((s, 0));
                }
                Mark::OnStack => back.push((b, s)),
                Mark::Done => {}
            }
        } else {
            mark[b] = Mark::Done;
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    back.sort_unstable();
    (post, back)
}

/// Immediate dominators (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance
/// Algorithm"); `usize::MAX` for blocks not reached from the entry.
fn dominators(blocks: &[Block], rpo: &[usize]) -> Vec<usize> {
    let mut order = vec![usize::MAX; blocks.len()];
    for (i, &b) in rpo.iter().enumerate() {
        order[b] = i;
    }
    let mut idom = vec![usize::MAX; blocks.len()];
    idom[0] = 0;
    let intersect = |idom: &[usize], mut a: usize, mut b: usize| {
        while a != b {
            while order[a] > order[b] {
                a = idom[a];
            }
            while order[b] > order[a] {
                b = idom[b];
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for &b in rpo.iter().skip(1) {
            let mut new = usize::MAX;
            for &p in &blocks[b].preds {
                if idom[p] == usize::MAX {
                    continue;
                }
                new = if new == usize::MAX {
                    p
                } else {
                    intersect(&idom, p, new)
                };
            }
            if new != usize::MAX && idom[b] != new {
                idom[b] = new;
                changed = true;
            }
        }
    }
    idom
}

fn dominates(idom: &[usize], a: usize, mut b: usize) -> bool {
    loop {
        if a == b {
            return true;
        }
        if b == 0 || idom[b] == usize::MAX {
            return false;
        }
        b = idom[b];
    }
}

/// Edges `u -> h` with `h` dominating `u`, sorted.
fn back_edges(blocks: &[Block], idom: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (u, block) in blocks.iter().enumerate() {
        if idom[u] == usize::MAX {
            continue;
        }
        for &h in block.succs.iter().chain(&block.exc_succs) {
            if dominates(idom, h, u) {
                out.push((u, h));
            }
        }
    }
    out.sort_unstable();
    out
}

/// Blocks that reach `from` without passing through `head`, plus `head`.
fn natural_loop(blocks: &[Block], from: usize, head: usize) -> Vec<usize> {
    let mut seen = vec![false; blocks.len()];
    seen[head] = true;
    let mut work = vec![from];
    let mut body = vec![head];
    while let Some(b) = work.pop() {
        if seen[b] {
            continue;
        }
        seen[b] = true;
        body.push(b);
        work.extend(blocks[b].preds.iter().copied().filter(|&p| !seen[p]));
    }
    body.sort_unstable();
    body
}

/// Jump, static-key and fixup targets that land inside an instruction of
/// `insns` (the bytes there are other code), sorted.
pub fn landings_inside_instructions(insns: &[Insn]) -> Vec<u32> {
    let end = insns.last().map_or(0, |l| l.end());
    let mut inside: Vec<u32> = Vec::new();
    for ins in insns {
        let targets = [
            match ins.flow {
                Flow::Jump(t) | Flow::CondJump(t) => Some(t),
                _ => None,
            },
            ins.jump_label,
            ins.ex_fixup,
        ];
        for t in targets.into_iter().flatten() {
            if t < end && insns.binary_search_by_key(&t, |i| i.off).is_err() {
                inside.push(t);
            }
        }
    }
    inside.sort_unstable();
    inside.dedup();
    inside
}
