#!/usr/bin/python3
"""Concrete-execution oracle for rspill's %rsp-restore claims.  See README.md."""
import os
import sys

try:
    import unicorn  # noqa: F401
    import capstone  # noqa: F401
    import elftools  # noqa: F401
except ImportError:
    if sys.executable != '/usr/bin/python3' and os.path.exists('/usr/bin/python3'):
        os.execv('/usr/bin/python3', ['/usr/bin/python3'] + sys.argv)
    raise

import argparse
import io
import json
import multiprocessing
import random
import shutil
import struct
import subprocess
import tempfile
import time
import traceback

from unicorn import Uc, UcError, UC_ARCH_X86, UC_MODE_64, UC_HOOK_CODE
from unicorn import UC_ERR_READ_UNMAPPED, UC_ERR_WRITE_UNMAPPED, UC_ERR_FETCH_UNMAPPED
from unicorn import UC_PROT_ALL
from unicorn.x86_const import (UC_X86_REG_RAX, UC_X86_REG_RBX, UC_X86_REG_RCX, UC_X86_REG_RDX,
                               UC_X86_REG_RSI, UC_X86_REG_RDI, UC_X86_REG_RBP, UC_X86_REG_RSP,
                               UC_X86_REG_R8, UC_X86_REG_R9, UC_X86_REG_R10, UC_X86_REG_R11,
                               UC_X86_REG_R12, UC_X86_REG_R13, UC_X86_REG_R14, UC_X86_REG_R15,
                               UC_X86_REG_RIP, UC_X86_REG_EFLAGS)
import capstone as cs
from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import triage  # noqa: E402
from gen import STACK_LO, STACK_SIZE, DATA_LO, DATA_SIZE, INPUT, CNT, POOLCUR, POOL  # noqa: E402

POP_POST = False
HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_BASE = 0xffffffff81000000
SEC_STRIDE = 0x100000
SENTINEL = 0xffffffff8f000000
CLANG = 'clang-19'
GPRS = [('rax', UC_X86_REG_RAX), ('rbx', UC_X86_REG_RBX), ('rcx', UC_X86_REG_RCX),
        ('rdx', UC_X86_REG_RDX), ('rsi', UC_X86_REG_RSI), ('rdi', UC_X86_REG_RDI),
        ('rbp', UC_X86_REG_RBP), ('r8', UC_X86_REG_R8), ('r9', UC_X86_REG_R9),
        ('r10', UC_X86_REG_R10), ('r11', UC_X86_REG_R11), ('r12', UC_X86_REG_R12),
        ('r13', UC_X86_REG_R13), ('r14', UC_X86_REG_R14), ('r15', UC_X86_REG_R15)]
MASK64 = (1 << 64) - 1


def sx(v):
    return v - (1 << 64) if v >> 63 else v


# ------------------------------------------------------------------ ELF loading
class Obj:
    def __init__(self, path):
        with open(path, 'rb') as f:
            data = f.read()
        elf = ELFFile(io.BytesIO(data))
        self.secs = {}      # name -> (index, base, bytearray)
        bases = {}
        idx_by_name = {}
        n = 0
        for i, s in enumerate(elf.iter_sections()):
            if s['sh_flags'] & 2:   # SHF_ALLOC
                base = TEXT_BASE + n * SEC_STRIDE
                n += 1
                bases[i] = base
                self.secs[s.name] = (i, base, bytearray(s.data()))
                idx_by_name[i] = s.name
            elif s.name == '.oracle_meta':
                self.secs[s.name] = (i, None, bytearray(s.data()))
        symtab = elf.get_section_by_name('.symtab')
        syms = list(symtab.iter_symbols())
        self.funcs = {}
        for sy in syms:
            if sy['st_info']['type'] == 'STT_FUNC' and isinstance(sy['st_shndx'], int):
                self.funcs[sy.name] = (bases[sy['st_shndx']] + sy['st_value'], sy['st_size'],
                                       sy['st_info']['bind'])
        for s in elf.iter_sections():
            if not isinstance(s, RelocationSection):
                continue
            tgt = s['sh_info']
            if tgt not in bases:
                continue
            buf = self.secs[idx_by_name[tgt]][2]
            for rel in s.iter_relocations():
                sy = syms[rel['r_info_sym']]
                shn = sy['st_shndx']
                S = (bases[shn] if isinstance(shn, int) else 0) + sy['st_value']
                A = rel['r_addend']
                P = bases[tgt] + rel['r_offset']
                t = rel['r_info_type']
                o = rel['r_offset']
                if t == 1:
                    struct.pack_into('<Q', buf, o, (S + A) & MASK64)
                elif t in (2, 4):
                    struct.pack_into('<i', buf, o, sx((S + A - P) & MASK64))
                elif t == 10:
                    struct.pack_into('<I', buf, o, (S + A) & 0xffffffff)
                elif t == 11:
                    struct.pack_into('<i', buf, o, sx((S + A) & MASK64))
                else:
                    raise ValueError('unsupported relocation type %d' % t)
        self.text_base = self.secs['.text'][1]
        self.text = bytes(self.secs['.text'][2])
        # __ex_table (insn, fixup, data) relative entries
        self.extab = {}
        if '__ex_table' in self.secs:
            _, b, buf = self.secs['__ex_table']
            for o in range(0, len(buf) - 11, 12):
                i, f, _d = struct.unpack_from('<iii', buf, o)
                self.extab[(b + o + i) & MASK64] = (b + o + 4 + f) & MASK64
        # .altinstructions, the 6.x layout: s32 orig, s32 repl, u32 ft_flags,
        # u8 orig_len, u8 repl_len (14 bytes)
        self.alts = []
        self.alt_repl = []  # (orig, replacement address, replacement length)
        if '.altinstructions' in self.secs:
            _, b, buf = self.secs['.altinstructions']
            rbase, rbuf = self.secs['.altinstr_replacement'][1], self.secs['.altinstr_replacement'][2]
            for o in range(0, len(buf) - 13, 14):
                oi, ri, feat, ol, rl = struct.unpack_from('<iiIBB', buf, o)
                orig = (b + o + oi) & MASK64
                repl = (b + o + 4 + ri) & MASK64
                rb = bytes(rbuf[repl - rbase: repl - rbase + rl])
                self.alts.append((orig, ol, rb, feat))
                self.alt_repl.append((orig, repl, rl))
        self.meta = []
        if '.oracle_meta' in self.secs:
            buf = self.secs['.oracle_meta'][2]
            for o in range(0, len(buf) - 15, 16):
                self.meta.append(struct.unpack_from('<iiii', buf, o))
        self.rodata = [(b, bytes(buf)) for nm, (i, b, buf) in self.secs.items()
                       if b is not None and nm not in ('.text',)]

    def text_variant(self, v):
        t = bytearray(self.text)
        patched = []
        if v:
            for orig, ol, rb, _f in self.alts:
                o = orig - self.text_base
                assert len(rb) <= ol, 'replacement longer than original site'
                t[o:o + ol] = rb + b'\x90' * (ol - len(rb))
                patched.append((orig, orig + ol))
        return bytes(t), patched


# ------------------------------------------------------------------ execution
def page_up(n):
    return (n + 0xfff) & ~0xfff


class Executor:
    def __init__(self, obj, variant):
        self.obj = obj
        self.variant = variant
        self.code, self.patched = obj.text_variant(variant)
        uc = Uc(UC_ARCH_X86, UC_MODE_64)
        self.uc = uc
        uc.mem_map(TEXT_BASE, page_up(len(self.code)) or 0x1000, UC_PROT_ALL)
        uc.mem_write(TEXT_BASE, self.code)
        for b, buf in obj.rodata:
            if buf and b != TEXT_BASE:
                uc.mem_map(b, page_up(len(buf)))
                uc.mem_write(b, buf)
        uc.mem_map(SENTINEL, 0x1000)
        uc.mem_write(SENTINEL, b'\xf4' * 16)
        uc.mem_map(STACK_LO, STACK_SIZE)
        uc.mem_map(DATA_LO, DATA_SIZE)
        uc.mem_map(INPUT, 0x3000)          # INPUT, CNT, POOLCUR pages
        uc.mem_map(POOL, 0x11000)
        self.md = cs.Cs(cs.CS_ARCH_X86, cs.CS_MODE_64)
        self.hooks = {}       # before-addr -> list of entries
        self.after = {}       # after-addr -> before-addr

    def in_patch(self, a):
        return any(lo <= a < hi for lo, hi in self.patched)

    def insn_len(self, a):
        off = a - TEXT_BASE
        for i in self.md.disasm(self.code[off:off + 16], a):
            return i.size, i.mnemonic + ' ' + i.op_str
        return None, None

    def prepare(self, restores, claims):
        """restores: {addr: design or None}; claims: {addr: [(claim, k)...]}"""
        self.before = {}
        for a, d in restores.items():
            self.before.setdefault(a, {})['design'] = d
        for a, cl in claims.items():
            self.before.setdefault(a, {})['claims'] = cl
        self.after = {}
        self.text_of = {}
        for a in list(self.before):
            n, txt = self.insn_len(a)
            if n is None:
                del self.before[a]
                continue
            self.after[a + n] = a
            self.text_of[a] = txt
        for a in set(self.before) | set(self.after):
            self.uc.hook_add(UC_HOOK_CODE, self._hook, None, a, a)

    def _hook(self, uc, addr, size, _ud):
        p = self.pending
        if p is not None and addr == p[1]:
            self.pending = None
            self._after(p[0], p[2], uc.reg_read(UC_X86_REG_RSP))
            if self.stopped:
                return
        e = self.before.get(addr)
        if e is not None:
            n, _t = self.insn_len(addr)
            self.pending = (addr, addr + n, uc.reg_read(UC_X86_REG_RSP))

    def _after(self, a, before, after):
        e = self.before[a]
        self.stats['restores'] += 1
        for (cl, k) in e.get('claims', ()):
            self.stats['checked'] += 1
            if after != (before + k) & MASK64:
                if (self.pop_post and self.text_of.get(a, '').startswith('pop')
                        and after == (before + k + 8) & MASK64):
                    self.stats['pop_post_accepted'] += 1
                    continue
                self.viol.append((a, cl, k, before, after))
        if 'design' in e:
            d = e['design']
            if d is None:
                self.stats['wild_stops'] += 1
                self.stopped = True
                self.uc.emu_stop()
                return
            exp = self.absval(d)
            if exp != after:
                self.stats['model_mismatch'] += 1
                self.stopped = True
                self.uc.emu_stop()

    def absval(self, d):
        if d[0] == 'S':
            return (self.S + d[1]) & MASK64
        if d[0] == 'A':
            return (((self.S - self.d0) & ~15) + d[1]) & MASK64
        return None

    def run(self, entry, rng, d0):
        uc = self.uc
        self.S = STACK_LO + 0x8000 + 8 * rng.randrange(0, 64)
        self.d0 = d0 or 0
        uc.mem_write(STACK_LO, rng.randbytes(STACK_SIZE))
        uc.mem_write(self.S, struct.pack('<Q', SENTINEL))
        uc.mem_write(DATA_LO, rng.randbytes(DATA_SIZE))
        inp = rng.randbytes(0x1000)
        uc.mem_write(INPUT, inp)
        uc.mem_write(CNT, bytes(0x2000))
        uc.mem_write(POOL, rng.randbytes(0x11000))
        regs = {}
        for nm, r in GPRS:
            x = rng.getrandbits(64)
            if nm in ('rdi', 'rsi') and rng.random() < 0.5:
                x = DATA_LO + rng.randrange(0, DATA_SIZE - 256)
            elif rng.random() < 0.1:
                # A plausible stack value: in the caller's frame, at or above the
                # return address. Nothing at entry points below it (the callee's
                # frame does not exist yet: rspill's contract, and C's).
                x = (self.S + 8 * rng.randrange(0, 64)) & MASK64
            regs[nm] = x
            uc.reg_write(r, x)
        uc.reg_write(UC_X86_REG_RSP, self.S)
        uc.reg_write(UC_X86_REG_EFLAGS, 0x202 | rng.choice([0, 1, 0x40, 0x80, 0x41]))
        self.pending = None
        self.stopped = False
        self.viol = []
        pc = entry
        outcome = 'limit'
        for _restart in range(32):
            try:
                uc.emu_start(pc, SENTINEL, count=200000)
                rip = uc.reg_read(UC_X86_REG_RIP)
                if self.stopped:
                    outcome = 'stopped'
                elif rip == SENTINEL:
                    outcome = 'returned'
                else:
                    outcome = 'limit'
                break
            except UcError as e:
                rip = uc.reg_read(UC_X86_REG_RIP)
                self.pending = None
                if e.errno in (UC_ERR_READ_UNMAPPED, UC_ERR_WRITE_UNMAPPED) and rip in self.obj.extab:
                    self.stats['ex_fixups'] += 1
                    pc = self.obj.extab[rip]
                    continue
                outcome = 'fault'
                if os.environ.get('ORACLE_DEBUG_FAULTS'):
                    print('fault', e, hex(rip), self.insn_len(rip) if TEXT_BASE <= rip < TEXT_BASE + len(self.code) else '-', hex(uc.reg_read(UC_X86_REG_RSP) - self.S), file=sys.stderr)
                break
        self.stats['outcome_' + outcome] += 1
        return regs, inp[:64]


# ------------------------------------------------------------------ claims
def run_rspill(rspill, obj_path, timeout=60):
    # Functions are entered at their start only: rspill's reading that
    # guards against other ways in is not what is checked here (README).
    env = dict(os.environ, RSPILL_ORACLE_STARTS_ONLY='1')
    p = subprocess.run([rspill, 'scan', '--format', 'json', '--no-source', obj_path],
                       capture_output=True, text=True, timeout=timeout, env=env)
    findings = []
    bad = []
    for line in p.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            j = json.loads(line)
        except ValueError:
            bad.append(line)
            continue
        if j.get('type') == 'finding':
            findings.append(j)
    return p.returncode, findings, p.stderr, bad


def claims_of(findings, obj, notes, patched=False):
    """-> {addr: [(finding_summary, k)]}. A restore inside .altinstructions
    replacement code (rspill reports it at the site it patches, with
    `alternative_for` and `replacement_offset`) is a claim about the patched
    code only: with `patched`, those claims, at the address the replacement
    instruction has once copied over the site; without, the others."""
    out = {}
    for f in findings:
        in_repl = f.get('alternative_for') is not None
        if in_repl != patched:
            continue
        red = f.get('restore_redundant')
        delta = f.get('rsp_delta')
        if red is True:
            k = 0
            if delta not in (None, 0):
                notes.append('inconsistent finding (redundant but rsp_delta=%r): %s+%s'
                             % (delta, f.get('function'), f.get('offset')))
        elif isinstance(delta, int):
            k = delta
        else:
            continue
        fn = f.get('function')
        if f.get('section', '.text') != '.text' or fn not in obj.funcs:
            notes.append('claim outside .text functions: %s %s+%s' % (f.get('section'), fn, f.get('offset')))
            continue
        addr = obj.funcs[fn][0] + f['offset']
        if in_repl:
            rbase = obj.secs['.altinstr_replacement'][1]
            where = rbase + f['replacement_offset']
            hits = [o + (where - r) for o, r, rl in obj.alt_repl if o == addr and r <= where < r + rl]
            if len(hits) != 1:
                notes.append('replacement claim not placed: %s+%s' % (fn, f.get('offset')))
                continue
            addr = hits[0]
        desc = '%s+0x%x (%s) %s' % (fn, f['offset'], f.get('kind'),
                                     'redundant' if red else 'rsp_delta=%d' % k)
        asm = f.get('assumptions') or []
        if asm:
            desc += ' assuming %s' % json.dumps(asm)
        out.setdefault(addr, []).append(((fn, f['offset'], f.get('kind'), bool(red), k, desc, asm), k))
    return out


# ------------------------------------------------------------------ one file
def new_stats():
    from collections import Counter
    return Counter()


def assemble(src, obj, oracle_meta):
    cmd = [CLANG, '--target=x86_64-linux-gnu', '-c', src, '-o', obj]
    if oracle_meta:
        cmd.insert(1, '-DORACLE')
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode:
        raise RuntimeError('assembler failed: %s' % p.stderr[:2000])


def check_object(rspill, obj_path, meta_obj_path, funcinfo, runs, seed, stats, file_label):
    """Execute every generated function; returns list of violation dicts and notes."""
    return check_object_meta(rspill, obj_path, meta_obj_path, funcinfo, runs, seed, stats, file_label,
                             Obj(meta_obj_path))


def check_object_meta(rspill, obj_path, meta_obj_path, funcinfo, runs, seed, stats, file_label, obj):
    notes = []
    rc, findings, err, bad = run_rspill(rspill, obj_path)
    if rc not in (0, 1) or bad or 'panick' in err:
        notes.append('rspill exit %d on %s: %s %s' % (rc, file_label, err.strip()[:500], bad[:3]))
        stats['rspill_errors'] += 1
    claims = claims_of(findings, obj, notes)
    repl_claims = claims_of(findings, obj, notes, patched=True)
    stats['findings'] += len(findings)
    stats['claims'] += sum(len(v) for v in claims.values()) + sum(len(v) for v in repl_claims.values())
    names = list(funcinfo)
    # meta -> per function restore addresses
    alt_site = {}
    for fi, aid, ctx, off in obj.meta:
        if ctx == -1:
            alt_site[(fi, aid)] = obj.funcs[names[fi]][0] + off
    violations = {}
    variants = [0, 1] if obj.alts else [0]
    for v in variants:
        ex = Executor(obj, v)
        ex.stats = stats
        ex.pop_post = POP_POST
        restores = {}
        for fi, rid, ctx, off in obj.meta:
            if ctx == -1:
                continue
            info = funcinfo[names[fi]]
            d = info['design'][v].get(rid)
            if ctx == 0:
                a = obj.funcs[names[fi]][0] + off
                if v and ex.in_patch(a):
                    continue
            else:
                if not v:
                    continue
                a = alt_site[(fi, ctx)] + off
            restores[a] = d
        vclaims = {a: c for a, c in claims.items() if not (v and ex.in_patch(a))}
        if v:
            vclaims.update(repl_claims)
        ex.prepare(restores, vclaims)
        for fi, name in enumerate(names):
            entry = obj.funcs[name][0]
            d0 = funcinfo[name]['frame'][0]
            stats['functions'] += (v == 0)
            for i in range(runs):
                rng = random.Random('%d/%s/%d/%d' % (seed, name, v, i))
                regs, inp = ex.run(entry, rng, d0)
                stats['executions'] += 1
                for (a, cl, k, before, after) in ex.viol:
                    fn, off, kind, red, kk, desc, asm = cl
                    key = (fn, off)
                    if key in violations:
                        violations[key]['variants'].add('alternatives-applied' if v else 'original')
                    if key not in violations:
                        violations[key] = {
                            'file': file_label, 'function': fn, 'offset': off, 'kind': kind,
                            'claim': 'redundant' if red else 'rsp_delta=%d' % kk,
                            'variant': 'alternatives-applied' if v else 'original',
                            'insn': ex.text_of.get(a), 'rsp_before': before, 'rsp_after': after,
                            'observed_delta': sx((after - before) & MASK64),
                            'input': {'run': i, 'S': ex.S, 'rdi': regs['rdi'], 'rsi': regs['rsi'],
                                      'input_bytes': inp[:16].hex()},
                            'count': 0, 'observed_deltas': set(),
                            'variants': {'alternatives-applied' if v else 'original'},
                            'assumptions': asm,
                            'class': classify(ex.text_of.get(a) or '', kk, before, after)
                            + (' (claim made under assumptions)' if asm else '')}
                    violations[key]['count'] += 1
                    violations[key]['observed_deltas'].add(sx((after - before) & MASK64))
    for vi in violations.values():
        if vi['variants'] == {'alternatives-applied'} and vi['class'] == 'other':
            vi['class'] = 'only-with-alternatives-applied'
    return list(violations.values()), notes, claims


def work(task):
    seed, rspill, runs, deadline, keep, pop_post = task
    global POP_POST
    POP_POST = pop_post
    from collections import Counter
    stats = Counter()
    if time.time() > deadline:
        return seed, stats, [], [], 'skipped'
    tmp = tempfile.mkdtemp(prefix='rspill-oracle-')
    try:
        src, funcinfo = gen.gen_file(seed)
        base = os.path.join(tmp, 'g%d' % seed)
        with open(base + '.S', 'w') as f:
            f.write(src)
        assemble(base + '.S', base + '.o', False)
        assemble(base + '.S', base + '.meta.o', True)
        viols, notes, _ = check_object(rspill, base + '.o', base + '.meta.o', funcinfo, runs,
                                       seed, stats, 'g%d.S' % seed)
        stats['files'] += 1
        keepdata = None
        if viols or any(n.startswith('rspill exit') for n in notes):
            for vi in viols:
                vi['tags'] = '+'.join(triage.tags(triage.func_text(src, vi['function']))) or 'none'
            keepdata = (src, open(base + '.o', 'rb').read())
        return seed, stats, viols, notes, keepdata
    except Exception:
        stats['internal_errors'] += 1
        return seed, stats, [], ['internal error on seed %d: %s' % (seed, traceback.format_exc())], False
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def classify(insn, k, before, after):
    d = sx((after - before) & MASK64)
    if insn.startswith('pop') and d == k + 8:
        return 'pop-rsp(post-increment convention)'
    return 'other'


def fmt_violation(v):
    inp = v['input']
    return ('VIOLATION [%s] [%s] %s %s+0x%x (%s, %s): claimed %s; executed `%s`: rsp_before=0x%x rsp_after=0x%x '
            '(delta %+d; deltas seen %s, %d bad executions); input run=%d S=0x%x rdi=0x%x rsi=0x%x input=%s%s'
            % (v['class'], v.get('tags', ''), v['file'], v['function'], v['offset'], v['kind'], '+'.join(sorted(v['variants'])),
               v['claim'], v['insn'],
               v['rsp_before'], v['rsp_after'], v['observed_delta'], sorted(v['observed_deltas']),
               v['count'], inp['run'], inp['S'], inp['rdi'], inp['rsi'], inp['input_bytes'],
               ('; rspill assumptions: %s' % json.dumps(v['assumptions'])) if v.get('assumptions') else ''))


# ------------------------------------------------------------------ self test
SELFTEST_S = r'''
	.text
	.globl st_a
	.type st_a,@function
st_a:
	push %rbx
	sub $32,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	mov 8(%rsp),%rcx
.Lsa_r:
	lea 8(%rcx),%rsp
	add $24,%rsp
	pop %rbx
	ret
	.size st_a, .-st_a
	.globl st_b
	.type st_b,@function
st_b:
	sub $16,%rsp
	mov %rsp,%rdx
.Lsb_r:
	mov %rdx,%rsp
	add $16,%rsp
	ret
	.size st_b, .-st_b
#ifdef ORACLE
	.section .oracle_meta,"",@progbits
	.long 0, 1, 0, .Lsa_r - st_a
	.long 1, 2, 0, .Lsb_r - st_b
#endif
'''


def self_test(rspill):
    tmp = tempfile.mkdtemp(prefix='rspill-oracle-st-')
    ok = True
    try:
        src = os.path.join(tmp, 'st.S')
        with open(src, 'w') as f:
            f.write(SELFTEST_S)
        assemble(src, os.path.join(tmp, 'st.o'), False)
        assemble(src, os.path.join(tmp, 'st.meta.o'), True)
        obj = Obj(os.path.join(tmp, 'st.meta.o'))
        funcinfo = {'st_a': {'design': [{1: None}, {1: None}], 'frame': (8, 32, False)},
                    'st_b': {'design': [{2: ('S', -16)}, {2: ('S', -16)}], 'frame': (0, 16, False)}}
        a_off = [off for fi, rid, ctx, off in obj.meta if fi == 0][0]
        b_off = [off for fi, rid, ctx, off in obj.meta if fi == 1][0]
        from collections import Counter

        def run_with(findings):
            stats = Counter()
            orig = run_rspill
            try:
                globals()['run_rspill'] = lambda r, p, timeout=60: (0, findings, '', [])
                viols, notes, _ = check_object(rspill, os.path.join(tmp, 'st.o'),
                                               os.path.join(tmp, 'st.meta.o'), funcinfo, 20, 1,
                                               stats, 'selftest.S')
            finally:
                globals()['run_rspill'] = orig
            return viols, stats

        def fnd(fn, off, red, delta):
            return {'type': 'finding', 'section': '.text', 'function': fn, 'offset': off,
                    'kind': 'selftest', 'restore_redundant': red, 'rsp_delta': delta}
        cases = [
            ('true claim: st_a lea 8(%rcx),%rsp has delta +8', [fnd('st_a', a_off, False, 8)], False),
            ('FALSE claim: st_a restore claimed redundant (really +8)', [fnd('st_a', a_off, True, 0)], True),
            ('FALSE claim: st_a restore claimed delta +16', [fnd('st_a', a_off, False, 16)], True),
            ('true claim: st_b mov %rdx,%rsp redundant', [fnd('st_b', b_off, True, 0)], False),
            ('FALSE claim: st_b restore claimed delta -8', [fnd('st_b', b_off, False, -8)], True),
        ]
        for desc, findings, expect in cases:
            viols, stats = run_with(findings)
            got = bool(viols)
            good = got == expect and stats['checked'] > 0
            ok &= good
            print('self-test: %-60s -> %d checks, %d violations: %s'
                  % (desc, stats['checked'], len(viols), 'ok' if good else 'FAILED'))
        # and the real rspill on the same object (informational)
        rc, findings, err, _ = run_rspill(rspill, os.path.join(tmp, 'st.o'))
        viols, stats = run_with(findings)
        print('self-test: real rspill claims on self-test object: %d findings, %d checks, %d violations'
              % (len(findings), stats['checked'], len(viols)))
        # the generator/executor pipeline itself must check claims
        stats = new_stats()
        _s, stats, _v, notes, _sk = work((12345, rspill, 8, time.time() + 1e9, os.path.join(tmp, 'keep'), False))
        print('self-test: generated file 12345: %d functions, %d executions, %d restores, %d checks, '
              'model mismatches %d, internal errors %d'
              % (stats['functions'], stats['executions'], stats['restores'], stats['checked'],
                 stats['model_mismatch'], stats['internal_errors']))
        if stats['internal_errors'] or stats['restores'] == 0:
            ok = False
            print('\n'.join(notes))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('self-test: %s' % ('PASS' if ok else 'FAIL'))
    return ok


def check_files(a):
    global POP_POST
    POP_POST = a.pop_rsp_post
    from collections import Counter
    total = Counter()
    nv = 0
    for path in a.check_file:
        tmp = tempfile.mkdtemp(prefix='rspill-oracle-cf-')
        try:
            if path.endswith('.S') or path.endswith('.s'):
                o = os.path.join(tmp, 'x.o')
                mo = os.path.join(tmp, 'x.meta.o')
                assemble(path, o, False)
                assemble(path, mo, True)
            else:
                o = mo = path
            obj = Obj(mo)
            names = [n for n, (addr, size, bind) in obj.funcs.items() if bind == 'STB_GLOBAL']
            funcinfo = {}
            for n in names:
                funcinfo[n] = {'design': [{}, {}], 'frame': (0, 0, False)}
            # generated files carry their designs as comments: reuse them (stop after wild restores)
            import ast
            import re as _re
            designs_found = False
            if path.endswith('.S') and os.path.exists(path):
                for line in open(path):
                    m = _re.match(r'#  (\S+) variant(\d): (.*)$', line)
                    if m and m.group(1) in funcinfo:
                        funcinfo[m.group(1)]['design'][int(m.group(2))] = dict(ast.literal_eval(m.group(3)))
                        designs_found = True
                    m = _re.match(r'#  (\S+) frame: (.*)$', line)
                    if m and m.group(1) in funcinfo:
                        funcinfo[m.group(1)]['frame'] = ast.literal_eval(m.group(2))
            if not designs_found:
                obj.meta = []
            else:
                # the generator's metadata indexes functions by their `_N` suffix; the
                # global stubs they call (stub0, ...) carry no design and are not entered
                names_sorted = sorted((n for n in names if _re.fullmatch(r'f\d+_\d+', n)),
                                      key=lambda n: int(n.rsplit('_', 1)[1]))
                funcinfo = {n: funcinfo[n] for n in names_sorted}
            stats = Counter()
            viols, notes, claims = check_object_meta(a.rspill, o, mo, funcinfo, a.runs, a.seed, stats,
                                                     os.path.basename(path), obj)
            total.update(stats)
            for n in notes:
                print('note:', n)
            for v in viols:
                print(fmt_violation(v))
            print('%s: %d claims, %d checks, %d violations' % (path, stats['claims'], stats['checked'], len(viols)))
            nv += len(viols)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print('oracle: %d functions, %d executions, %d restores executed, %d claims checked, %d violations'
          % (total['functions'], total['executions'], total['restores'], total['checked'], nv))
    return 1 if nv else 0


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--rspill', default=os.path.join(HERE, '..', '..', 'target', 'release', 'rspill'))
    ap.add_argument('--count', type=int, default=150, help='number of generated .S files')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--seconds', type=float, default=None, help='stop starting new files after T s')
    ap.add_argument('--keep-failures', default=os.path.join(HERE, 'failures'))
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--runs', type=int, default=24, help='executions per function per variant')
    ap.add_argument('--keep-per-class', type=int, default=8,
                    help='keep at most this many failing files per (violation class, construct tags)')
    ap.add_argument('--self-test', action='store_true')
    ap.add_argument('--check-file', nargs='+', help='check hand-written .S/.o files instead of generating '
                    '(every STT_FUNC GLOBAL symbol is executed; no generator model, so execution is only '
                    'stopped by faults or the instruction limit)')
    ap.add_argument('--pop-rsp-post', action='store_true',
                    help='accept claims on `pop %%rsp` that are relative to %%rsp+8 (after the implicit '
                         'increment) instead of %%rsp before the instruction')
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args()
    if a.check_file:
        sys.exit(check_files(a))
    if a.self_test:
        sys.exit(0 if self_test(a.rspill) else 1)
    t0 = time.time()
    deadline = t0 + a.seconds if a.seconds else float('inf')
    tasks = [(a.seed * 1000003 + i, a.rspill, a.runs, deadline, a.keep_failures, a.pop_rsp_post)
             for i in range(a.count)]
    from collections import Counter
    total = Counter()
    allv = []
    allnotes = []
    kept = Counter()
    with multiprocessing.Pool(a.jobs) as pool:
        for seed, stats, viols, notes, keepdata in pool.imap_unordered(work, tasks):
            if keepdata == 'skipped':
                continue
            total.update(stats)
            if keepdata:
                groups = {(v['class'], v['tags']) for v in viols} or {('rspill-error', '')}
                if any(kept[g] < a.keep_per_class for g in groups):
                    for g in groups:
                        kept[g] += 1
                    os.makedirs(a.keep_failures, exist_ok=True)
                    b = os.path.join(a.keep_failures, 'g%d' % seed)
                    with open(b + '.S', 'w') as f:
                        f.write(keepdata[0])
                    with open(b + '.o', 'wb') as f:
                        f.write(keepdata[1])
                    with open(b + '.txt', 'w') as f:
                        for vi in viols:
                            f.write(fmt_violation(vi) + '\n')
                        for n in notes:
                            f.write('note: ' + n + '\n')
            for v in viols:
                allv.append(v)
                print(fmt_violation(v), flush=True)
            for n in notes:
                allnotes.append(n)
                print('note: ' + n, flush=True)
            if not a.quiet and total['files'] % 50 == 0 and total['files']:
                print('progress: %d files, %d executions, %d checks, %d violations, %.0fs'
                      % (total['files'], total['executions'], total['checked'], len(allv),
                         time.time() - t0), flush=True)
    print('details: files %d, findings %d, claims %d, ex_table fixups %d, wild stops %d, '
          'model mismatches %d, outcomes returned/stopped/fault/limit %d/%d/%d/%d, rspill errors %d, '
          'internal errors %d, %.1fs'
          % (total['files'], total['findings'], total['claims'], total['ex_fixups'], total['wild_stops'],
             total['model_mismatch'], total['outcome_returned'], total['outcome_stopped'],
             total['outcome_fault'], total['outcome_limit'], total['rspill_errors'],
             total['internal_errors'], time.time() - t0))
    from collections import Counter as _C
    for cls, n in sorted(_C((v['class'], v.get('tags', '')) for v in allv).items()):
        print('violation class %s, constructs in function [%s]: %d distinct sites' % (cls[0], cls[1], n))
    nv = len(allv)
    print('oracle: %d functions, %d executions, %d restores executed, %d claims checked, %d violations'
          % (total['functions'], total['executions'], total['restores'], total['checked'], nv))
    sys.exit(1 if nv else 0)


if __name__ == '__main__':
    main()
