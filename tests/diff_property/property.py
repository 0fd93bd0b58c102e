#!/usr/bin/env python3
"""Property test for `rspill diff` on generated x86-64 ELF relocatable objects.

Generates random assembly files (seeded, reproducible), derives
semantics-preserving variants (truth: every function identical) and
meaning-changing mutations (truth: the mutated function(s) are not identical,
the others are), assembles them with clang-19, runs
`rspill diff --format json --all base.o variant.o` and compares its verdicts
with the truth.  See README.md next to this file.

Standard library only.
"""

import argparse
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RSPILL = os.path.normpath(os.path.join(HERE, '..', '..', 'target', 'release', 'rspill'))
CLANG = os.environ.get('CLANG', 'clang-19')
OBJDUMP = os.environ.get('OBJDUMP', 'llvm-objdump-19')
LLD = os.environ.get('LLD', 'ld.lld-19')
TARGET = '--target=x86_64-linux-gnu'

EXTERNS = ['printk', 'kfree', '__kmalloc', 'memcpy', 'mutex_lock', 'mutex_unlock',
           'schedule', 'ext_helper', 'might_fault']
KEYS = ['sched_key', 'trace_key', 'debug_key', 'numa_key']
FEATURES = [3 * 32 + 18, 9 * 32 + 5, 7 * 32 + 12, 18 * 32 + 10, 11 * 32 + 6, 4 * 32 + 23]
EX_DATA = [1, 3, 0x0b, 0x13, 0x11 | (0 << 8), 0x15 | (2 << 8), 3 | (0xf2 << 16)]
R32 = ['%eax', '%ecx', '%edx', '%esi', '%r8d', '%r9d', '%r10d', '%r11d']
ARITH = ['addl', 'subl', 'xorl', 'andl', 'orl', 'imull']
RROPS = ['addl', 'subl', 'xorl', 'andl', 'orl', 'imull', 'movl', 'cmpl', 'testl']
CCS = ['e', 'ne', 'l', 'le', 'g', 'ge', 'a', 'b', 's', 'ns']
WORDS = ['alpha', 'bravo', 'delta', 'echo', 'kilo', 'lima', 'oscar', 'romeo', 'tango', 'zulu']

# --------------------------------------------------------------------------
# Program model
#
# P = {funcs: [F], ro: [R], data: [D], alts: {aid: A}, exs: {eid: E},
#      jls: {jid: J}, nid: int}
# F = {fid, name, static, endbr, body: [item], nlab}
# item = {'k': kind, ...}   (see render_item)
# R (read-only data) = {id, kind: str|const|arr|jt, sect, lk: L|local|global,
#      bytes (str/const/arr), align, sized, style/entries/fid (jt)}
# D (writable data) = {id, size, init, lk}
# --------------------------------------------------------------------------


def new_id(P):
    P['nid'] += 1
    return P['nid']


def new_lab(F):
    F['nlab'] += 1
    return F['nlab']


def rand_imm(rng):
    return rng.choice([rng.randint(-128, 127), rng.randint(1, 15), rng.randint(-100000, 100000)])


def gen_program(rng, prefix=''):
    P = {'funcs': [], 'ro': [], 'data': [], 'alts': {}, 'exs': {}, 'jls': {}, 'pls': {}, 'nid': 0,
         'prefix': prefix}
    nf = rng.randint(3, 7)
    for fid in range(nf):
        static = rng.random() < 0.45
        w = rng.choice(WORDS)
        name = f'{prefix}{"s" if static else ""}fn{fid}_{w}'
        P['funcs'].append({'fid': fid, 'name': name, 'static': static,
                           'endbr': rng.random() < 0.35, 'body': [], 'nlab': 0})
    for _ in range(rng.randint(2, 5)):
        size = rng.choice([4, 8])
        lk = rng.choice(['L', 'local', 'local', 'global'])
        P['data'].append({'id': new_id(P), 'size': size, 'init': rng.randint(0, 1000),
                          'lk': lk, 'sized': lk != 'L' and rng.random() < 0.8})
    for F in P['funcs']:
        gen_body(rng, P, F)
    # Post-pass: alternative replacements jumping to a label of their function.
    for A in P['alts'].values():
        if A['repl'][0] == 'jmp':
            F = P['funcs'][A['fid']]
            A['repl'] = ('jmp', rng.choice(labels_of(F)))
    return P


def labels_of(F):
    return [it['l'] for it in F['body'] if it['k'] == 'lab']


def make_ro(P, rng, kind):
    R = {'id': new_id(P), 'kind': kind}
    if kind == 'str':
        n = rng.randint(3, 12)
        R['bytes'] = [ord(rng.choice('abcdefghijklmnopqrstuvwxyz %:')) for _ in range(n)]
        R['sect'] = '.rodata.str1.1'
        R['lk'] = 'L'
        R['align'] = 0
    elif kind == 'const':
        size = rng.choice([4, 8, 8, 16])
        R['bytes'] = [rng.randint(0, 255) for _ in range(size)]
        if rng.random() < 0.35 and size in (8, 16):
            R['sect'] = f'.rodata.cst{size}'
            R['lk'] = 'L'
        else:
            R['sect'] = '.rodata'
            R['lk'] = rng.choice(['L', 'L', 'local', 'global'])
        R['align'] = {4: 2, 8: 3, 16: 4}[size]
    elif kind == 'arr':
        n = rng.choice([4, 8])
        R['bytes'] = [rng.randint(0, 255) for _ in range(4 * n)]
        R['sect'] = '.rodata'
        R['lk'] = rng.choice(['L', 'L', 'local', 'global'])
        R['align'] = rng.choice([2, 4])
    R['sized'] = R['lk'] != 'L' and rng.random() < 0.8
    P['ro'].append(R)
    return R


def pick_ro(P, rng, kind, share_p=0.4):
    cands = [R for R in P['ro'] if R['kind'] == kind]
    if cands and rng.random() < share_p:
        return rng.choice(cands)
    return make_ro(P, rng, kind)


def gen_arith(rng, n):
    out = []
    for _ in range(n):
        c = rng.random()
        if c < 0.45:
            out.append({'k': 'ari', 'm': rng.choice(ARITH), 'imm': rand_imm(rng), 'r': rng.choice(R32)})
        elif c < 0.65:
            out.append({'k': 'mov', 'imm': rand_imm(rng), 'r': rng.choice(R32)})
        elif c < 0.9:
            out.append({'k': 'rr', 'm': rng.choice(RROPS), 'a': rng.choice(R32), 'b': rng.choice(R32)})
        else:
            out.append({'k': 'lea', 'imm': rand_imm(rng), 'a': rng.choice(R32), 'b': rng.choice(R32),
                        'r': rng.choice(R32)})
    return out


def gen_body(rng, P, F):
    B = F['body']
    fid = F['fid']
    nfun = len(P['funcs'])
    fixups = []
    kinds = ['arith', 'cond', 'ifelse', 'loop', 'call_f', 'call_x', 'str', 'const', 'arr',
             'arr_elem', 'jt', 'dv', 'alt', 'ex', 'jl', 'nops', 'nop1', 'sop', 'bsf', 'ptrs']
    weights = [6, 5, 3, 4, 4, 3, 3, 4, 3, 2, 2, 4, 2, 2, 2, 2, 1, 1, 1, 2]
    nseg = rng.randint(3, 9)
    if rng.random() < 0.3:
        # ftrace: `call __fentry__` recorded in __mcount_loc
        pid = new_id(P)
        P['pls'][pid] = {'fid': fid, 'sect': '__mcount_loc', 'at': None, 'drop': False}
        B.append({'k': 'psite', 'p': pid, 'insn': 'call __fentry__'})
    # Make labels exist early so that branch mutations have choices.
    B.append({'k': 'lab', 'l': new_lab(F)})
    for _ in range(nseg):
        kind = rng.choices(kinds, weights)[0]
        if kind == 'arith':
            B.extend(gen_arith(rng, rng.randint(1, 4)))
        elif kind == 'cond':
            x = new_lab(F)
            B.append({'k': 'cmp', 'imm': rand_imm(rng), 'r': rng.choice(R32)})
            B.append({'k': 'jcc', 'cc': rng.choice(CCS), 'l': x})
            B.extend(gen_arith(rng, rng.randint(1, 3)))
            B.append({'k': 'lab', 'l': x})
        elif kind == 'ifelse':
            e, d = new_lab(F), new_lab(F)
            B.append({'k': 'cmp', 'imm': rand_imm(rng), 'r': rng.choice(R32)})
            B.append({'k': 'jcc', 'cc': rng.choice(CCS), 'l': e})
            B.extend(gen_arith(rng, rng.randint(1, 2)))
            B.append({'k': 'jmp', 'l': d})
            B.append({'k': 'lab', 'l': e})
            B.extend(gen_arith(rng, rng.randint(1, 2)))
            B.append({'k': 'lab', 'l': d})
        elif kind == 'loop':
            t = new_lab(F)
            B.append({'k': 'mov', 'imm': rng.randint(2, 40), 'r': '%ecx'})
            if rng.random() < 0.6:
                B.append({'k': 'align'})
            B.append({'k': 'lab', 'l': t})
            B.extend(gen_arith(rng, rng.randint(1, 3)))
            B.append({'k': 'dec', 'r': '%ecx'})
            B.append({'k': 'jcc', 'cc': 'ne', 'l': t})
        elif kind == 'call_f':
            B.append({'k': 'call', 't': ('f', rng.randrange(nfun)), 'pfx': ''})
        elif kind == 'call_x':
            B.append({'k': 'call', 't': ('x', rng.choice(EXTERNS)), 'pfx': ''})
        elif kind == 'str':
            R = pick_ro(P, rng, 'str')
            off = 0 if rng.random() < 0.8 else rng.randrange(len(R['bytes']))
            B.append({'k': 'str', 'ro': R['id'], 'off': off})
            B.append({'k': 'call', 't': ('x', 'printk'), 'pfx': ''})
        elif kind == 'const':
            R = pick_ro(P, rng, 'const')
            size = len(R['bytes'])
            w = rng.choice([w for w in (4, 8, 16) if w <= size])
            form = rng.choice(['mov', 'mov', 'mov', 'cmpl', 'cmpq', 'testb', 'cmpl32'])
            if form in ('cmpl', 'cmpl32'):
                w = 4
            elif form == 'cmpq':
                w = 8 if size >= 8 else 4
                form = 'cmpq' if w == 8 else 'cmpl'
            elif form == 'testb':
                w = 1
            off = rng.choice(range(0, size - w + 1, 4 if w >= 4 else 1))
            if R['sect'].startswith('.rodata.cst'):
                off, w, form = 0, size, 'mov'  # merged constants are read whole
            imm = rng.randint(1, 100) if form != 'cmpl32' else rng.randint(1000, 100000)
            B.append({'k': 'ld', 'ro': R['id'], 'off': off, 'w': w, 'form': form, 'imm': imm})
        elif kind == 'arr':
            R = pick_ro(P, rng, 'arr')
            B.append({'k': 'idx', 'ro': R['id'], 'mode': rng.choice(['abs', 'rip'])})
        elif kind == 'ptrs':
            # An ops table in .rodata (.quad of functions of this file / externs),
            # indexed, and the loaded pointer called.
            cands = [R for R in P['ro'] if R['kind'] == 'ptrs']
            if cands and rng.random() < 0.4:
                R = rng.choice(cands)
            else:
                n = rng.choice([2, 4])
                ents = [rng.choice([('f', rng.randrange(nfun)), ('x', rng.choice(EXTERNS))]) for _ in range(n)]
                R = {'id': new_id(P), 'kind': 'ptrs', 'entries': ents, 'sect': '.rodata',
                     'lk': rng.choice(['L', 'L', 'local', 'global']), 'align': 3}
                R['sized'] = R['lk'] != 'L' and rng.random() < 0.8
                P['ro'].append(R)
            if rng.random() < 0.8:
                B.append({'k': 'pidx', 'ro': R['id']})
            else:
                B.append({'k': 'pld', 'ro': R['id'], 'off': 8 * rng.randrange(len(R['entries']))})
        elif kind == 'arr_elem':
            # A fixed-offset read into an array (possibly indexed by another function).
            R = pick_ro(P, rng, 'arr', share_p=0.8)
            off = 4 * rng.randrange(len(R['bytes']) // 4)
            B.append({'k': 'ld', 'ro': R['id'], 'off': off, 'w': 4, 'form': rng.choice(['mov', 'cmpl']),
                      'imm': rng.randint(1, 100)})
        elif kind == 'jt':
            gen_jt(rng, P, F)
        elif kind == 'dv':
            D = rng.choice(P['data'])
            B.append({'k': 'dv', 'd': D['id'], 'op': rng.choice(['load', 'store', 'rmw', 'storei', 'cmpi']),
                      'pfx': '', 'seg': '', 'imm': rng.randint(1, 100000)})
        elif kind == 'alt':
            aid = new_id(P)
            orig = rng.choice([('mov', rand_imm(rng)), ('call', rng.choice(EXTERNS))])
            repl = rng.choice([('mov', rand_imm(rng)), ('call', rng.choice(EXTERNS)), ('jmp', None),
                               ('xor', rng.choice(R32))])
            P['alts'][aid] = {'fid': fid, 'orig': orig, 'repl': repl, 'feature': rng.choice(FEATURES)}
            B.append({'k': 'alt', 'a': aid})
            B.append({'k': 'lab', 'l': new_lab(F)})
        elif kind == 'ex':
            eid = new_id(P)
            fx = new_lab(F)
            fixups.append(fx)
            P['exs'][eid] = {'fid': fid, 'insn': None, 'fixup': fx, 'data': rng.choice(EX_DATA)}
            B.append({'k': 'ex', 'e': eid, 'm': rng.choice(['movl (%rdi), %eax', 'movq 8(%rsi), %rdx',
                                                              'movl %eax, (%rdi)', 'rep movsb'])})
            B.append({'k': 'lab', 'l': new_lab(F)})
        elif kind == 'jl':
            jid = new_id(P)
            t = new_lab(F)
            P['jls'][jid] = {'fid': fid, 'target': t, 'key': rng.choice(KEYS), 'branch': rng.randint(0, 1)}
            B.append({'k': 'jl', 'j': jid})
            B.extend(gen_arith(rng, rng.randint(1, 2)))
            B.append({'k': 'lab', 'l': t})
        elif kind == 'nops':
            B.append({'k': 'nops', 'n': rng.randint(1, 9), 'max': rng.choice([0, 1, 2, 4, 8, 10])})
        elif kind == 'nop1':
            B.append({'k': 'nop1', 'pfx': ''})
        elif kind == 'sop':
            B.append({'k': 'sop', 'm': rng.choice(['movsb', 'stosb', 'movsq', 'stosq']), 'pfx': ''})
        elif kind == 'bsf':
            B.append({'k': 'bsf', 'pfx': ''})
    B.append({'k': 'lab', 'l': new_lab(F)})
    if rng.random() < 0.2 and nfun > 1:
        B.append({'k': 'tail', 't': ('f', rng.choice([i for i in range(nfun) if i != fid])), 'pfx': ''})
    elif rng.random() < 0.1:
        B.append({'k': 'tail', 't': ('x', rng.choice(EXTERNS)), 'pfx': ''})
    elif rng.random() < 0.3:
        # return thunk: `jmp __x86_return_thunk` recorded in .return_sites
        pid = new_id(P)
        P['pls'][pid] = {'fid': fid, 'sect': '.return_sites', 'at': None, 'drop': False}
        B.append({'k': 'psite', 'p': pid, 'insn': 'jmp __x86_return_thunk'})
    else:
        B.append({'k': 'ret', 'pfx': ''})
    for fx in fixups:
        B.append({'k': 'lab', 'l': fx})
        B.append({'k': 'mov', 'imm': -14, 'r': '%eax'})
        B.append({'k': 'ret', 'pfx': ''})


def gen_jt(rng, P, F):
    B = F['body']
    n = rng.randint(3, 6)
    ncase = rng.randint(2, n)
    cases = [new_lab(F) for _ in range(ncase)]
    entries = cases + [rng.choice(cases) for _ in range(n - ncase)]
    rng.shuffle(entries)
    R = {'id': new_id(P), 'kind': 'jt', 'style': rng.choice(['abs', 'rel']), 'fid': F['fid'],
         'entries': entries, 'sect': '.rodata', 'lk': 'L', 'sized': False}
    R['align'] = 3 if R['style'] == 'abs' else 2
    P['ro'].append(R)
    dflt, end = new_lab(F), new_lab(F)
    B.append({'k': 'cmp', 'imm': n - 1, 'r': '%edi', 'fixed': True})
    B.append({'k': 'jcc', 'cc': 'a', 'l': dflt})
    B.append({'k': 'jt', 'ro': R['id'], 'pfx': ''})
    for c in cases:
        B.append({'k': 'lab', 'l': c})
        B.append({'k': 'mov', 'imm': rand_imm(rng), 'r': '%eax'})
        B.append({'k': 'jmp', 'l': end})
    B.append({'k': 'lab', 'l': dflt})
    B.append({'k': 'mov', 'imm': -1, 'r': '%eax'})
    B.append({'k': 'lab', 'l': end})


# --------------------------------------------------------------------------
# Render options (everything that must not change the meaning)
# --------------------------------------------------------------------------

ALIGN_BEFORE = ['.p2align 4', '.p2align 4', '.p2align 4, 0xcc', '.p2align 5', '', '.p2align 6, 0x90',
                '.p2align 3']
PAD_AFTER = ['', '', '.nops 7', '.skip 3, 0xcc', '.p2align 4, 0xcc', '.nops 11, 1', '.byte 0x90, 0x90',
             '.p2align 5']


def base_opts(P, rng):
    o = {
        'forder': [F['fid'] for F in P['funcs']],
        'roorder': [R['id'] for R in P['ro']],
        'dorder': [D['id'] for D in P['data']],
        'fname': {F['fid']: F['name'] for F in P['funcs']},
        'roname': {},
        'dname': {},
        'align_before': {},
        'pad_after': {},
        'fsect': rng.random() < 0.3,
        'comment': rng.random() < 0.3,
        'loc': rng.random() < 0.2,
        'cfi': rng.random() < 0.3,
        'tables': 'inline',
        'tperm': 0,
        'reloc': False,
        'loopalign': rng.choice([4, 4, 3, 5]),
        'locseed': rng.randrange(1 << 30),
        'prefix': P['prefix'],
    }
    rng.shuffle(o['forder'])
    rng.shuffle(o['roorder'])
    rng.shuffle(o['dorder'])
    pfx = P['prefix']
    for R in P['ro']:
        if R['lk'] == 'local':
            o['roname'][R['id']] = f'{pfx}ro_obj{R["id"]}'
    for D in P['data']:
        if D['lk'] == 'local':
            o['dname'][D['id']] = f'{pfx}dvar{D["id"]}'
    for F in P['funcs']:
        o['align_before'][F['fid']] = '.p2align 4'
        o['pad_after'][F['fid']] = ''
    return o


def ro_label(opt, R):
    if R['kind'] == 'str':
        return f'.Lstr{R["id"]}'
    if R['kind'] == 'jt':
        return f'.LJTI{R["id"]}'
    if R['lk'] == 'L':
        return f'.Lro{R["id"]}'
    if R['lk'] == 'local':
        return opt['roname'][R['id']]
    return f'{opt.get("prefix", "")}g_ro{R["id"]}'


def d_label(opt, D, P):
    if D['lk'] == 'L':
        return f'.Ldat{D["id"]}'
    if D['lk'] == 'local':
        return opt['dname'][D['id']]
    return f'{P["prefix"]}g_dvar{D["id"]}'


def lab(fid, l):
    return f'.L{fid}_{l}'


def target_name(opt, t):
    return opt['fname'][t[1]] if t[0] == 'f' else t[1]


class Renderer:
    def __init__(self, P, opt):
        self.P = P
        self.opt = opt
        self.ro = {R['id']: R for R in P['ro']}
        self.data = {D['id']: D for D in P['data']}
        self.out = []
        self.relocs = []   # pending .reloc lines (emitted reversed at end of their section)
        self.line = 1
        self.lrng = random.Random(opt['locseed'])

    def emit(self, s):
        self.out.append(s)

    def loc(self):
        if self.opt['loc']:
            self.line += self.lrng.randint(0, 3)
            self.emit(f'\t.loc 1 {self.line} {self.lrng.randint(0, 20)}')

    def insn(self, s):
        self.loc()
        self.emit('\t' + s)

    def render(self):
        P, opt = self.P, self.opt
        self.emit(f'\t.file "gen.c"')
        if opt['loc']:
            self.emit('\t.file 1 "/src" "gen.c"')
        self.emit('\t.text')
        for fid in opt['forder']:
            self.render_func(P['funcs'][fid])
        if opt['tables'] == 'end':
            self.render_tables_end()
        self.render_rodata()
        self.render_data()
        if opt['comment']:
            self.emit('\t.section .comment,"MS",@progbits,1')
            self.emit('\t.asciz "generated-by property.py (clang-like 19.1.7)"')
            self.emit('\t.section .debug_str,"MS",@progbits,1')
            self.emit('\t.asciz "unsigned int"')
            self.emit('\t.asciz "gen.c"')
            self.emit('\t.section .note.GNU-stack,"",@progbits')
        return '\n'.join(self.out) + '\n'

    # ---- functions
    def render_func(self, F):
        opt = self.opt
        fid = F['fid']
        name = opt['fname'][fid]
        if opt['fsect']:
            self.emit(f'\t.section .text.{name},"ax",@progbits')
        else:
            self.emit('\t.text')
        if opt['align_before'][fid]:
            self.emit('\t' + opt['align_before'][fid])
        if not F['static']:
            self.emit(f'\t.globl {name}')
        self.emit(f'\t.type {name},@function')
        self.emit(f'{name}:')
        if opt['cfi']:
            self.emit('\t.cfi_startproc')
        if F['endbr']:
            self.insn('endbr64')
        for it in F['body']:
            self.render_item(F, it)
        if opt['cfi']:
            self.emit('\t.cfi_endproc')
        self.emit(f'\t.size {name}, .-{name}')
        if opt['pad_after'][fid]:
            self.emit('\t' + opt['pad_after'][fid])

    def render_item(self, F, it):
        k = it['k']
        fid = F['fid']
        opt = self.opt
        if k == 'lab':
            self.emit(f'{lab(fid, it["l"])}:')
        elif k == 'ari':
            if it['m'] == 'imull':
                self.insn(f'imull ${it["imm"]}, {it["r"]}, {it["r"]}')
            else:
                self.insn(f'{it["m"]} ${it["imm"]}, {it["r"]}')
        elif k == 'mov':
            self.insn(f'movl ${it["imm"]}, {it["r"]}')
        elif k == 'cmp':
            self.insn(f'cmpl ${it["imm"]}, {it["r"]}')
        elif k == 'rr':
            self.insn(f'{it["m"]} {it["a"]}, {it["b"]}')
        elif k == 'lea':
            self.insn(f'leal {it["imm"]}({fix64(it["a"])},{fix64(it["b"])}), {it["r"]}')
        elif k == 'dec':
            self.insn(f'decl {it["r"]}')
        elif k == 'jcc':
            self.insn(f'j{it["cc"]} {lab(fid, it["l"])}')
        elif k == 'jmp':
            self.insn(f'jmp {lab(fid, it["l"])}')
        elif k in ('call', 'tail'):
            tn = target_name(opt, it['t'])
            op = 'call' if k == 'call' else 'jmp'
            if opt['reloc'] and it['t'][0] == 'x' and k == 'call' and not it['pfx']:
                # Same bytes and relocation, produced by a .reloc directive
                # (which the assembler emits after the ordinary relocations).
                self.loc()
                r = f'.Lrc{len(self.out)}'
                self.emit(f'\t.reloc {r}+1, R_X86_64_PLT32, {tn}-4')
                self.emit(f'{r}:\t.byte 0xe8')
                self.emit('\t.long 0')
            else:
                self.insn(f'{it["pfx"]}{op} {tn}')
        elif k == 'ret':
            self.insn(f'{it["pfx"]}ret')
        elif k == 'str':
            R = self.ro[it['ro']]
            off = f'+{it["off"]}' if it['off'] else ''
            self.insn(f'leaq {ro_label(opt, R)}{off}(%rip), %rdi')
        elif k == 'ld':
            R = self.ro[it['ro']]
            off = f'+{it["off"]}' if it['off'] else ''
            ref = f'{ro_label(opt, R)}{off}(%rip)'
            form = it.get('form', 'mov')
            if form == 'cmpl' or form == 'cmpl32':
                self.insn(f'cmpl ${it["imm"]}, {ref}')
            elif form == 'cmpq':
                self.insn(f'cmpq ${it["imm"]}, {ref}')
            elif form == 'testb':
                self.insn(f'testb ${it["imm"]}, {ref}')
            elif it['w'] == 4:
                self.insn(f'movl {ref}, %eax')
            elif it['w'] == 8:
                self.insn(f'movq {ref}, %rax')
            else:
                self.insn(f'movdqu {ref}, %xmm0')
        elif k == 'idx':
            R = self.ro[it['ro']]
            n = len(R['bytes']) // 4
            self.insn(f'andl ${n - 1}, %ecx')
            if it['mode'] == 'abs':
                self.insn(f'movl {ro_label(opt, R)}(,%rcx,4), %eax')
            else:
                self.insn(f'leaq {ro_label(opt, R)}(%rip), %rdx')
                self.insn('movl (%rdx,%rcx,4), %eax')
        elif k == 'pidx':
            R = self.ro[it['ro']]
            self.insn(f'andl ${len(R["entries"]) - 1}, %ecx')
            self.insn(f'movq {ro_label(opt, R)}(,%rcx,8), %rax')
            self.insn('call *%rax')
        elif k == 'pld':
            R = self.ro[it['ro']]
            off = f'+{it["off"]}' if it['off'] else ''
            self.insn(f'movq {ro_label(opt, R)}{off}(%rip), %rax')
            self.insn('call *%rax')
        elif k == 'jt':
            R = self.ro[it['ro']]
            self.insn('movl %edi, %eax')
            if R['style'] == 'abs':
                self.insn(f'{it["pfx"]}jmp *{ro_label(opt, R)}(,%rax,8)')
            else:
                self.insn(f'leaq {ro_label(opt, R)}(%rip), %rcx')
                self.insn('movslq (%rcx,%rax,4), %rax')
                self.insn('addq %rcx, %rax')
                self.insn(f'{it["pfx"]}jmp *%rax')
        elif k == 'dv':
            D = self.data[it['d']]
            sfx, reg = ('l', '%eax') if D['size'] == 4 else ('q', '%rax')
            ref = f'{it["seg"]}{d_label(opt, D, self.P)}(%rip)'
            if it['op'] == 'load':
                self.insn(f'mov{sfx} {ref}, {reg}')
            elif it['op'] == 'store':
                self.insn(f'mov{sfx} {reg}, {ref}')
            elif it['op'] == 'storei':
                self.insn(f'mov{sfx} ${it["imm"]}, {ref}')
            elif it['op'] == 'cmpi':
                self.insn(f'cmp{sfx} ${it["imm"] % 100}, {ref}')
            else:
                self.insn(f'{it["pfx"]}add{sfx} $1, {ref}')
        elif k == 'alt':
            self.render_alt_site(F, it['a'])
        elif k == 'ex':
            eid = it['e']
            self.loc()
            self.emit(f'.Lexs{eid}:')
            self.emit('\t' + it['m'])
            if opt['tables'] == 'inline':
                self.emit('\t.pushsection __ex_table,"a"')
                self.ex_entry(eid)
                self.emit('\t.popsection')
        elif k == 'jl':
            jid = it['j']
            self.loc()
            self.emit(f'.Ljl{jid}:')
            self.emit('\t.byte 0x0f, 0x1f, 0x44, 0x00, 0x00')
            if opt['tables'] == 'inline':
                self.emit('\t.pushsection __jump_table,"aw"')
                self.jl_entry(jid)
                self.emit('\t.popsection')
        elif k == 'psite':
            pid = it['p']
            self.loc()
            self.emit(f'.Lps{pid}:')
            self.emit('\t' + it['insn'])
            if opt['tables'] == 'inline':
                self.pl_entry(pid, push=True)
        elif k == 'nops':
            self.loc()
            if it['max']:
                self.emit(f'\t.nops {it["n"]}, {it["max"]}')
            else:
                self.emit(f'\t.nops {it["n"]}')
        elif k == 'nop1':
            self.insn('pause' if it['pfx'] else 'nop')
        elif k == 'align':
            if opt['loopalign']:
                self.emit(f'\t.p2align {opt["loopalign"]}')
        elif k == 'sop':
            self.insn(f'{it["pfx"]}{it["m"]}')
        elif k == 'bsf':
            self.insn('tzcntl %edi, %eax' if it['pfx'] else 'bsfl %edi, %eax')
        else:
            raise ValueError(k)

    # ---- kernel tables
    def alt_insn(self, F, spec):
        kind, v = spec
        if kind == 'mov':
            return f'movl ${v}, %eax'
        if kind == 'call':
            return f'call {v}'
        if kind == 'jmp':
            return f'jmp {lab(F["fid"], v)}'
        if kind == 'xor':
            return f'xorl {v}, {v}'
        raise ValueError(kind)

    def render_alt_site(self, F, aid):
        A = self.P['alts'][aid]
        self.loc()
        self.emit(f'.Lao{aid}:')
        self.emit('\t' + self.alt_insn(F, A['orig']))
        self.emit(f'.Lae{aid}:')
        if self.opt['tables'] == 'inline':
            self.emit('\t.pushsection .altinstructions,"a"')
            self.alt_entry(aid)
            self.emit('\t.popsection')
            self.emit('\t.pushsection .altinstr_replacement,"ax"')
            self.alt_repl(aid)
            self.emit('\t.popsection')

    def alt_entry(self, aid):
        A = self.P['alts'][aid]
        self.emit(f'\t.long .Lao{aid} - .')
        self.emit(f'\t.long .Lar{aid} - .')
        self.emit(f'\t.long {A["feature"]}')
        self.emit(f'\t.byte .Lae{aid} - .Lao{aid}')
        self.emit(f'\t.byte .Lare{aid} - .Lar{aid}')

    def alt_repl(self, aid):
        A = self.P['alts'][aid]
        F = self.P['funcs'][A['fid']]
        self.emit(f'.Lar{aid}:')
        self.emit('\t' + self.alt_insn(F, A['repl']))
        self.emit(f'.Lare{aid}:')

    def ex_entry(self, eid):
        E = self.P['exs'][eid]
        insn = f'.Lexs{eid}' if E['insn'] is None else lab(E.get('insn_fid', E['fid']), E['insn'])
        self.emit('\t.p2align 2')
        self.emit(f'\t.long {insn} - .')
        self.emit(f'\t.long {lab(E["fid"], E["fixup"])} - .')
        self.emit(f'\t.long {E["data"]}')

    def jl_entry(self, jid):
        J = self.P['jls'][jid]
        self.emit('\t.p2align 3')
        self.emit(f'\t.long .Ljl{jid} - .')
        self.emit(f'\t.long {lab(J["fid"], J["target"])} - .')
        self.emit(f'\t.quad {J["key"]} + {J["branch"]} - .')

    def pl_entry(self, pid, push=False):
        E = self.P['pls'][pid]
        if E['drop']:
            return
        where = f'.Lps{pid}' if E['at'] is None else lab(E['fid'], E['at'])
        if push:
            self.emit(f'\t.pushsection {E["sect"]},"a"')
        if E['sect'] == '__mcount_loc':
            self.emit(f'\t.quad {where}')
        else:
            self.emit(f'\t.long {where} - .')
        if push:
            self.emit('\t.popsection')

    def render_tables_end(self):
        rng = random.Random(self.opt['tperm'])
        alts = sorted(self.P['alts'])
        exs = sorted(self.P['exs'])
        jls = sorted(self.P['jls'])
        for lst in (alts, exs, jls):
            rng.shuffle(lst)
        if alts:
            self.emit('\t.section .altinstructions,"a",@progbits')
            for a in alts:
                self.alt_entry(a)
            rng.shuffle(alts)
            self.emit('\t.section .altinstr_replacement,"ax",@progbits')
            for a in alts:
                self.alt_repl(a)
        if exs:
            self.emit('\t.section __ex_table,"a",@progbits')
            for e in exs:
                self.ex_entry(e)
        if jls:
            self.emit('\t.section __jump_table,"aw",@progbits')
            for j in jls:
                self.jl_entry(j)
        for sect in ('__mcount_loc', '.return_sites'):
            pls = sorted(p for p, E in self.P['pls'].items() if E['sect'] == sect and not E['drop'])
            rng.shuffle(pls)
            if pls:
                self.emit(f'\t.section {sect},"a",@progbits')
                for p in pls:
                    self.pl_entry(p)

    # ---- data
    def render_rodata(self):
        opt = self.opt
        order = [self.ro[i] for i in opt['roorder']]
        sects = []
        for R in order:
            if R['sect'] not in sects:
                sects.append(R['sect'])
        for s in sorted(sects):
            if s == '.rodata.str1.1':
                self.emit('\t.section .rodata.str1.1,"aMS",@progbits,1')
            elif s.startswith('.rodata.cst'):
                self.emit(f'\t.section {s},"aM",@progbits,{s[len(".rodata.cst"):]}')
            else:
                self.emit('\t.section .rodata,"a",@progbits')
            pend = []
            for R in order:
                if R['sect'] != s:
                    continue
                name = ro_label(opt, R)
                if R['align']:
                    self.emit(f'\t.p2align {R["align"]}')
                if R['lk'] == 'global':
                    self.emit(f'\t.globl {name}')
                if R['lk'] != 'L':
                    self.emit(f'\t.type {name},@object')
                self.emit(f'{name}:')
                if R['kind'] == 'str':
                    self.emit('\t.asciz "' + ''.join(chr(b) for b in R['bytes']) + '"')
                elif R['kind'] in ('const', 'arr'):
                    self.emit('\t.byte ' + ', '.join(str(b) for b in R['bytes']))
                elif R['kind'] == 'ptrs':
                    for e in R['entries']:
                        self.emit(f'\t.quad {target_name(opt, e)}')
                elif R['kind'] == 'jt':
                    fid = R['fid']
                    for i, e in enumerate(R['entries']):
                        if isinstance(e, tuple):
                            lab_e = lab(*e)
                        else:
                            lab_e = lab(fid, e)
                        if opt['reloc']:
                            if R['style'] == 'abs':
                                pend.append(f'\t.reloc {name}+{8 * i}, R_X86_64_64, {lab_e}')
                                self.emit('\t.quad 0')
                            else:
                                pend.append(f'\t.reloc {name}+{4 * i}, R_X86_64_PC32, {lab_e}+{4 * i}')
                                self.emit('\t.long 0')
                        elif R['style'] == 'abs':
                            self.emit(f'\t.quad {lab_e}')
                        else:
                            self.emit(f'\t.long {lab_e}-{name}')
                if R['lk'] != 'L' and R['sized']:
                    size = len(R['bytes']) if 'bytes' in R else 8 * len(R['entries'])
                    self.emit(f'\t.size {name}, {size}')
            for line in reversed(pend):
                self.emit(line)

    def render_data(self):
        opt = self.opt
        if not self.P['data']:
            return
        self.emit('\t.data')
        for i in opt['dorder']:
            D = self.data[i]
            name = d_label(opt, D, self.P)
            self.emit(f'\t.p2align {2 if D["size"] == 4 else 3}')
            if D['lk'] == 'global':
                self.emit(f'\t.globl {name}')
            if D['lk'] != 'L':
                self.emit(f'\t.type {name},@object')
            self.emit(f'{name}:')
            self.emit(f'\t.{"long" if D["size"] == 4 else "quad"} {D["init"]}')
            if D['lk'] != 'L' and D.get('sized', True):
                self.emit(f'\t.size {name}, {D["size"]}')


def fix64(r):
    m = {'%eax': '%rax', '%ecx': '%rcx', '%edx': '%rdx', '%esi': '%rsi', '%edi': '%rdi'}
    if r in m:
        return m[r]
    return r[:-1] if r.endswith('d') else r


def render(P, opt):
    return Renderer(P, opt).render()


# --------------------------------------------------------------------------
# Semantics-preserving transforms: (P, opt, rng) -> applied in place, return
# False when not applicable.  `ld -r` transforms are handled at build time.
# --------------------------------------------------------------------------

def t_reorder_functions(P, o, rng):
    if len(o['forder']) < 2:
        return False
    old = list(o['forder'])
    while o['forder'] == old:
        rng.shuffle(o['forder'])
    return True


def t_reorder_rodata(P, o, rng):
    if len(o['roorder']) < 2:
        return False
    old = list(o['roorder'])
    for _ in range(10):
        rng.shuffle(o['roorder'])
        if o['roorder'] != old:
            return True
    return False


def t_reorder_data(P, o, rng):
    if len(o['dorder']) < 2:
        return False
    old = list(o['dorder'])
    while o['dorder'] == old:
        rng.shuffle(o['dorder'])
    return True


def t_rename_static(P, o, rng):
    st = [F for F in P['funcs'] if F['static']]
    if not st:
        return False
    for F in st:
        o['fname'][F['fid']] = f'{o["fname"][F["fid"]]}_r{rng.randrange(1000)}'
    return True


def t_rename_static_clone(P, o, rng):
    st = [F for F in P['funcs'] if F['static']]
    if not st:
        return False
    for F in st:
        sfx = rng.choice(['.constprop.0', '.isra.0', '.part.0', f'.llvm.{rng.randrange(1 << 40)}',
                          '.constprop.1'])
        o['fname'][F['fid']] = o['fname'][F['fid']] + sfx
    return True


def t_rename_local_data(P, o, rng):
    done = False
    for i in list(o['roname']):
        o['roname'][i] = f'{o["roname"][i]}_r{rng.randrange(1000)}'
        done = True
    for i in list(o['dname']):
        o['dname'][i] = f'{o["dname"][i]}_r{rng.randrange(1000)}'
        done = True
    return done


def t_rename_local_rodata(P, o, rng):
    done = False
    for i in list(o['roname']):
        o['roname'][i] = f'{o["roname"][i]}_r{rng.randrange(1000)}'
        done = True
    return done


def t_rename_local_wdata(P, o, rng):
    done = False
    for i in list(o['dname']):
        o['dname'][i] = f'{o["dname"][i]}_r{rng.randrange(1000)}'
        done = True
    return done


def t_padding(P, o, rng):
    for F in P['funcs']:
        o['align_before'][F['fid']] = rng.choice(ALIGN_BEFORE)
        o['pad_after'][F['fid']] = rng.choice(PAD_AFTER)
    return True


def t_nop_shapes(P, o, rng):
    done = False
    for F in P['funcs']:
        for it in F['body']:
            if it['k'] == 'nops':
                it['n'] = rng.randint(1, 12)
                it['max'] = rng.choice([0, 1, 2, 3, 4, 8, 10])
                done = True
    return done


def t_nop_insert(P, o, rng):
    """Insert or remove NOP runs between instructions."""
    done = False
    for F in P['funcs']:
        B = F['body']
        # remove existing runs
        if any(it['k'] == 'nops' for it in B) and rng.random() < 0.5:
            F['body'] = [it for it in B if it['k'] != 'nops']
            done = True
            continue
        for _ in range(rng.randint(1, 2)):
            pos = rng.randint(1, len(B) - 1)
            B.insert(pos, {'k': 'nops', 'n': rng.randint(1, 9), 'max': rng.choice([0, 1, 10])})
            done = True
    return done


def t_loop_align(P, o, rng):
    if not any(it['k'] == 'align' for F in P['funcs'] for it in F['body']):
        return False
    o['loopalign'] = rng.choice([x for x in (0, 3, 4, 5, 6) if x != o['loopalign']])
    return True


def t_function_sections(P, o, rng):
    o['fsect'] = not o['fsect']
    return True


def t_comment(P, o, rng):
    o['comment'] = not o['comment']
    return True


def t_debug_lines(P, o, rng):
    o['loc'] = not o['loc']
    o['locseed'] = rng.randrange(1 << 30)
    return True


def t_cfi(P, o, rng):
    o['cfi'] = not o['cfi']
    return True


def t_tables(P, o, rng):
    n = len(P['alts']) + len(P['exs']) + len(P['jls']) + len(P['pls'])
    if n == 0:
        return False
    o['tables'] = 'end'
    o['tperm'] = rng.randrange(1 << 30)
    return True


def t_reloc(P, o, rng):
    has = any(R['kind'] == 'jt' for R in P['ro']) or any(
        it['k'] == 'call' and it['t'][0] == 'x' for F in P['funcs'] for it in F['body'])
    if not has:
        return False
    o['reloc'] = not o['reloc']
    return True


def t_rodata_alias(P, o, rng):
    """Point one read of a read-only item at a new item with the same content."""
    refs = [(F, it) for F in P['funcs'] for it in F['body']
            if it['k'] in ('str', 'ld', 'idx', 'pidx')]
    rng.shuffle(refs)
    ro = {R['id']: R for R in P['ro']}
    for F, it in refs:
        R = ro[it['ro']]
        if R['sect'].startswith('.rodata.cst'):
            continue
        N = copy.deepcopy(R)
        N['id'] = new_id(P)
        if N['lk'] == 'global':
            N['lk'] = 'local'
        if N['lk'] == 'local':
            o['roname'][N['id']] = f'{P["prefix"]}ro_alias{N["id"]}'
        P['ro'].append(N)
        o['roorder'].insert(rng.randint(0, len(o['roorder'])), N['id'])
        it['ro'] = N['id']
        return True
    return False


PRESERVING = [
    ('reorder-functions', t_reorder_functions),
    ('reorder-rodata', t_reorder_rodata),
    ('reorder-data', t_reorder_data),
    ('rename-static-func', t_rename_static),
    ('rename-static-clone-suffix', t_rename_static_clone),
    ('rename-local-rodata', t_rename_local_rodata),
    ('rename-local-wdata', t_rename_local_wdata),
    ('padding-between-functions', t_padding),
    ('nop-shapes', t_nop_shapes),
    ('nop-insert-remove', t_nop_insert),
    ('loop-align', t_loop_align),
    ('function-sections', t_function_sections),
    ('comment-debug-sections', t_comment),
    ('debug-lines', t_debug_lines),
    ('cfi', t_cfi),
    ('kernel-table-order', t_tables),
    ('reloc-directives', t_reloc),
    ('rodata-alias', t_rodata_alias),
    ('ld-r', None),
    ('ld-r-extra-object', None),
    ('combo', None),
]

COMBO_POOL = [t_reorder_functions, t_reorder_rodata, t_reorder_data, t_padding, t_nop_shapes,
              t_loop_align, t_function_sections, t_comment, t_debug_lines, t_cfi, t_tables, t_reloc]


def t_combo(P, o, rng):
    k = rng.randint(2, 5)
    done = False
    for t in rng.sample(COMBO_POOL, k):
        done = t(P, o, rng) or done
    return done


# --------------------------------------------------------------------------
# Meaning-changing mutations: (P, rng) -> (affected fids, description) or None
# --------------------------------------------------------------------------

def items(P, kinds):
    return [(F, i, it) for F in P['funcs'] for i, it in enumerate(F['body']) if it['k'] in kinds]


def other_imm(rng, v):
    while True:
        n = rng.choice([v + 1, v - 1, v ^ 0x10, rand_imm(rng)])
        if n != v:
            return n


def m_imm(P, rng):
    c = [(F, i, it) for F, i, it in items(P, ('ari', 'mov', 'cmp', 'lea', 'ld', 'dv'))
         if not it.get('fixed') and (it['k'] != 'ld' or it.get('form', 'mov') != 'mov')
         and (it['k'] != 'dv' or it['op'] == 'storei')]
    if not c:
        return None
    F, i, it = rng.choice(c)
    old = it['imm']
    if it.get('form') == 'testb':
        it['imm'] = old ^ (1 << rng.randrange(7))
    else:
        it['imm'] = other_imm(rng, old)
    return {F['fid']}, f'{F["name"]}: immediate {old} -> {it["imm"]} in item {i} ({it["k"]})'


def m_branch(P, rng):
    c = items(P, ('jcc', 'jmp'))
    rng.shuffle(c)
    for F, i, it in c:
        labs = [l for l in labels_of(F) if l != it['l']]
        if labs:
            old = it['l']
            it['l'] = rng.choice(labs)
            return {F['fid']}, f'{F["name"]}: {it["k"]} target .L{F["fid"]}_{old} -> .L{F["fid"]}_{it["l"]}'
    return None


def m_jt_swap(P, rng):
    c = [R for R in P['ro'] if R['kind'] == 'jt' and len(set(R['entries'])) > 1]
    if not c:
        return None
    R = rng.choice(c)
    e = R['entries']
    while True:
        i, j = rng.sample(range(len(e)), 2)
        if e[i] != e[j]:
            break
    e[i], e[j] = e[j], e[i]
    return {R['fid']}, f'{P["funcs"][R["fid"]]["name"]}: jump table {ro_id(R)} entries {i} and {j} swapped ({R["style"]})'


def m_jt_entry(P, rng):
    c = [R for R in P['ro'] if R['kind'] == 'jt']
    if not c:
        return None
    R = rng.choice(c)
    F = P['funcs'][R['fid']]
    i = rng.randrange(len(R['entries']))
    labs = [l for l in labels_of(F) if l != R['entries'][i]]
    old = R['entries'][i]
    R['entries'][i] = rng.choice(labs)
    return {R['fid']}, f'{F["name"]}: jump table {ro_id(R)} entry {i}: .L{F["fid"]}_{old} -> .L{F["fid"]}_{R["entries"][i]} ({R["style"]})'


def ro_id(R):
    return f'#{R["id"]}({R["kind"]},{R["sect"]},{R["lk"]}{",sized" if R.get("sized") else ""})'


def reads(P):
    """Byte ranges each function reads from each read-only item: {ro id: [(fid, lo, hi)]}."""
    ro = {R['id']: R for R in P['ro']}
    out = {}
    for F in P['funcs']:
        for it in F['body']:
            if it['k'] == 'str':
                R = ro[it['ro']]
                out.setdefault(R['id'], []).append((F['fid'], it['off'], len(R['bytes']) + 1))
            elif it['k'] == 'ld':
                out.setdefault(it['ro'], []).append((F['fid'], it['off'], it['off'] + it['w']))
            elif it['k'] == 'idx':
                R = ro[it['ro']]
                out.setdefault(R['id'], []).append((F['fid'], 0, len(R['bytes'])))
    return out


def m_rodata_byte(P, rng):
    rd = reads(P)
    ro = {R['id']: R for R in P['ro']}
    c = [(rid, r) for rid, rs in rd.items() for r in rs]
    if not c:
        return None
    # Prefer bytes that some reader reaches and another reader of the item does not.
    rid, (fid, lo, hi) = rng.choice(c)
    R = ro[rid]
    b = rng.randrange(lo, hi)
    if R['kind'] == 'str':
        b = min(b, len(R['bytes']) - 1)  # keep the terminator
        old = R['bytes'][b]
        new = old
        while new == old:
            new = ord(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    else:
        old = R['bytes'][b]
        new = old ^ (1 << rng.randrange(8))
    R['bytes'][b] = new
    affected = {f for f, l, h in rd[rid] if l <= b < h}
    names = ','.join(P['funcs'][f]['name'] for f in sorted(affected))
    return affected, f'read-only item {ro_id(R)} byte {b}: {old:#x} -> {new:#x}; readers of that byte: {names}; all reads of the item: {rd[rid]}'


def m_rodata_ref(P, rng):
    """Point a read at a different read-only item of the same kind and different content."""
    c = items(P, ('str', 'ld', 'idx'))
    rng.shuffle(c)
    ro = {R['id']: R for R in P['ro']}
    for F, i, it in c:
        R = ro[it['ro']]
        alts = [S for S in P['ro'] if S['kind'] == R['kind'] and S['id'] != R['id'] and 'bytes' in S
                and S['bytes'] != R['bytes'] and len(S['bytes']) >= it.get('off', 0) + it.get('w', 0)
                and (it['k'] != 'idx' or len(S['bytes']) == len(R['bytes']))
                and (it['k'] != 'str' or len(S['bytes']) > it['off'])]
        if alts:
            S = rng.choice(alts)
            it['ro'] = S['id']
            return {F['fid']}, f'{F["name"]}: {it["k"]} item {i} reads {ro_id(S)} instead of {ro_id(R)}'
    return None


def m_alt_repl(P, rng):
    if not P['alts']:
        return None
    aid = rng.choice(sorted(P['alts']))
    A = P['alts'][aid]
    F = P['funcs'][A['fid']]
    kind, v = A['repl']
    if kind == 'mov':
        nv = other_imm(rng, v)
    elif kind == 'call':
        nv = rng.choice([x for x in EXTERNS if x != v])
    elif kind == 'jmp':
        labs = [l for l in labels_of(F) if l != v]
        nv = rng.choice(labs)
    else:
        nv = rng.choice([r for r in R32 if r != v])
    A['repl'] = (kind, nv)
    return {A['fid']}, f'{F["name"]}: alternative {aid} replacement {kind} {v} -> {nv}'


def m_alt_feature(P, rng):
    if not P['alts']:
        return None
    aid = rng.choice(sorted(P['alts']))
    A = P['alts'][aid]
    old = A['feature']
    A['feature'] = rng.choice([f for f in FEATURES if f != old])
    return {A['fid']}, f'{P["funcs"][A["fid"]]["name"]}: alternative {aid} feature {old} -> {A["feature"]}'


def m_ex_fixup(P, rng):
    if not P['exs']:
        return None
    eid = rng.choice(sorted(P['exs']))
    E = P['exs'][eid]
    F = P['funcs'][E['fid']]
    old = E['fixup']
    E['fixup'] = rng.choice([l for l in labels_of(F) if l != old])
    return {E['fid']}, f'{F["name"]}: __ex_table entry {eid} fixup .L{F["fid"]}_{old} -> .L{F["fid"]}_{E["fixup"]}'


def m_ex_data(P, rng):
    if not P['exs']:
        return None
    eid = rng.choice(sorted(P['exs']))
    E = P['exs'][eid]
    old = E['data']
    E['data'] = rng.choice([d for d in EX_DATA + [old ^ 0x100] if d != old])
    return {E['fid']}, f'{P["funcs"][E["fid"]]["name"]}: __ex_table entry {eid} data {old:#x} -> {E["data"]:#x}'


def m_ex_insn(P, rng):
    if not P['exs']:
        return None
    eid = rng.choice(sorted(P['exs']))
    E = P['exs'][eid]
    F = P['funcs'][E['fid']]
    labs = [l for l in labels_of(F) if l != E['insn']]
    E['insn'] = rng.choice(labs)
    return {E['fid']}, f'{F["name"]}: __ex_table entry {eid} insn -> .L{F["fid"]}_{E["insn"]}'


def m_ex_move(P, rng):
    """Move an __ex_table entry's instruction to a label of another function."""
    if not P['exs'] or len(P['funcs']) < 2:
        return None
    eid = rng.choice(sorted(P['exs']))
    E = P['exs'][eid]
    G = rng.choice([G for G in P['funcs'] if G['fid'] != E['fid']])
    E['insn_fid'] = G['fid']
    E['insn'] = rng.choice(labels_of(G))
    return {E['fid'], G['fid']}, (f'__ex_table entry {eid} of {P["funcs"][E["fid"]]["name"]} now covers '
                                  f'.L{G["fid"]}_{E["insn"]} in {G["name"]} (fixup stays)')


def m_jt_xfn(P, rng):
    """Point a jump-table entry at a label of another function."""
    c = [R for R in P['ro'] if R['kind'] == 'jt']
    if not c or len(P['funcs']) < 2:
        return None
    R = rng.choice(c)
    G = rng.choice([G for G in P['funcs'] if G['fid'] != R['fid']])
    i = rng.randrange(len(R['entries']))
    R['entries'][i] = (G['fid'], rng.choice(labels_of(G)))
    return {R['fid']}, f'{P["funcs"][R["fid"]]["name"]}: jump table {ro_id(R)} entry {i} -> label in {G["name"]}'


def m_ptr_entry(P, rng):
    """Change one entry of a .rodata pointer table read by a function."""
    c = [R for R in P['ro'] if R['kind'] == 'ptrs']
    if not c:
        return None
    R = rng.choice(c)
    i = rng.randrange(len(R['entries']))
    old = R['entries'][i]
    cands = [('f', G['fid']) for G in P['funcs']] + [('x', x) for x in EXTERNS]
    R['entries'][i] = rng.choice([t for t in cands if t != old])
    aff = set()
    for F in P['funcs']:
        for it in F['body']:
            if it['k'] == 'pidx' and it['ro'] == R['id']:
                aff.add(F['fid'])
            if it['k'] == 'pld' and it['ro'] == R['id'] and it['off'] == 8 * i:
                aff.add(F['fid'])
    if not aff:
        return None
    def nm(t):
        return P['funcs'][t[1]]['name'] if t[0] == 'f' else t[1]
    return aff, f'pointer table {ro_id(R)} entry {i}: {nm(old)} -> {nm(R["entries"][i])}; readers {sorted(aff)}'


def m_pl(P, rng, what):
    """Drop a position-list entry (__mcount_loc / .return_sites) or point it at another label."""
    if not P['pls']:
        return None
    pid = rng.choice(sorted(P['pls']))
    E = P['pls'][pid]
    F = P['funcs'][E['fid']]
    if what == 'drop':
        E['drop'] = True
        return {E['fid']}, f'{F["name"]}: {E["sect"]} entry {pid} removed'
    E['at'] = rng.choice(labels_of(F))
    return {E['fid']}, f'{F["name"]}: {E["sect"]} entry {pid} now points at .L{F["fid"]}_{E["at"]}'


def m_jl(P, rng, what):
    if not P['jls']:
        return None
    jid = rng.choice(sorted(P['jls']))
    J = P['jls'][jid]
    F = P['funcs'][J['fid']]
    if what == 'key':
        old = J['key']
        J['key'] = rng.choice([k for k in KEYS if k != old])
        new = J['key']
    elif what == 'branch':
        old = J['branch']
        J['branch'] ^= 1
        new = J['branch']
    else:
        old = J['target']
        J['target'] = rng.choice([l for l in labels_of(F) if l != old])
        new = J['target']
    return {J['fid']}, f'{F["name"]}: __jump_table entry {jid} {what} {old} -> {new}'


def m_callee(P, rng):
    c = items(P, ('call', 'tail'))
    if not c:
        return None
    F, i, it = rng.choice(c)
    old = it['t']
    cands = [('f', G['fid']) for G in P['funcs']] + [('x', x) for x in EXTERNS]
    cands = [t for t in cands if t != old]
    it['t'] = rng.choice(cands)
    def nm(t):
        return P['funcs'][t[1]]['name'] if t[0] == 'f' else t[1]
    return {F['fid']}, f'{F["name"]}: {it["k"]} {nm(old)} -> {nm(it["t"])}'


def m_datavar(P, rng):
    c = items(P, ('dv',))
    if not c or len(P['data']) < 2:
        return None
    F, i, it = rng.choice(c)
    D = {D['id']: D for D in P['data']}[it['d']]
    same = [E for E in P['data'] if E['id'] != D['id'] and E['size'] == D['size']]
    cands = same or [E for E in P['data'] if E['id'] != D['id']]
    E = rng.choice(cands)
    it['d'] = E['id']
    return {F['fid']}, (f'{F["name"]}: {it["op"]} of writable #{D["id"]}({D["lk"]}{",sized" if D.get("sized") else ""}) '
                        f'-> #{E["id"]}({E["lk"]}{",sized" if E.get("sized") else ""})')


def m_prefix(P, rng):
    c = []
    for F in P['funcs']:
        for i, it in enumerate(F['body']):
            k = it['k']
            if k == 'dv' and it['op'] == 'rmw' and not it['pfx']:
                c.append((F, it, 'pfx', 'lock '))
            if k == 'dv' and it['op'] in ('load', 'cmpi') and not it['seg']:
                c.append((F, it, 'seg', '%gs:'))
            # (`rep ret` executes as `ret`: not a mutation.)
            if k == 'sop' and not it['pfx']:
                c.append((F, it, 'pfx', 'rep '))
            if k in ('nop1', 'bsf') and not it['pfx']:
                c.append((F, it, 'pfx', 'rep '))
            if k == 'jt' and not it['pfx']:
                c.append((F, it, 'pfx', 'notrack '))
    if not c:
        return None
    F, it, field, val = rng.choice(c)
    it[field] = val
    return {F['fid']}, f'{F["name"]}: prefix {val.strip()} added to {it["k"]} {it.get("m", it.get("op", ""))}'


def m_endbr(P, rng):
    F = rng.choice(P['funcs'])
    F['endbr'] = not F['endbr']
    return {F['fid']}, f'{F["name"]}: endbr64 {"added" if F["endbr"] else "removed"}'


def m_data_init(P, rng):
    """(x-) Change the initial value of a writable variable a function reads."""
    rd = {}
    for F in P['funcs']:
        for it in F['body']:
            if it['k'] == 'dv' and it['op'] in ('load', 'rmw', 'cmpi'):
                rd.setdefault(it['d'], set()).add(F['fid'])
    if not rd:
        return None
    did = rng.choice(sorted(rd))
    D = {D['id']: D for D in P['data']}[did]
    old = D['init']
    D['init'] = old + rng.randint(1, 50)
    return rd[did], (f'writable #{did}({D["lk"]}{",sized" if D.get("sized") else ""}) initial value '
                     f'{old} -> {D["init"]}; readers {sorted(rd[did])}')


MUTATIONS = [
    ('imm', m_imm),
    ('branch-target', m_branch),
    ('jump-table-swap', m_jt_swap),
    ('jump-table-entry', m_jt_entry),
    ('jump-table-other-function', m_jt_xfn),
    ('rodata-pointer-table', m_ptr_entry),
    ('rodata-byte', m_rodata_byte),
    ('rodata-ref', m_rodata_ref),
    ('alt-replacement', m_alt_repl),
    ('alt-feature', m_alt_feature),
    ('ex-fixup', m_ex_fixup),
    ('ex-data', m_ex_data),
    ('ex-insn', m_ex_insn),
    ('ex-other-function', m_ex_move),
    ('jump-label-key', lambda P, r: m_jl(P, r, 'key')),
    ('jump-label-branch', lambda P, r: m_jl(P, r, 'branch')),
    ('jump-label-target', lambda P, r: m_jl(P, r, 'target')),
    ('position-list-drop', lambda P, r: m_pl(P, r, 'drop')),
    ('position-list-move', lambda P, r: m_pl(P, r, 'move')),
    ('callee', m_callee),
    ('writable-var', m_datavar),
    ('prefix', m_prefix),
    ('endbr', m_endbr),
]
EXTRA_MUTATIONS = [
    ('x-data-init', m_data_init),
]


# --------------------------------------------------------------------------
# Build, compare, check
# --------------------------------------------------------------------------

class GenError(Exception):
    pass


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def assemble(src_text, path_s, path_o):
    with open(path_s, 'w') as f:
        f.write(src_text)
    r = run([CLANG, '-c', TARGET, path_s, '-o', path_o])
    if r.returncode != 0:
        raise GenError(f'assembling {path_s} failed:\n{r.stderr[:2000]}')


def ld_r(inputs, out):
    r = run([LLD, '-r', *inputs, '-o', out])
    if r.returncode != 0:
        raise GenError(f'ld.lld -r failed: {r.stderr[:2000]}')


def dump(path_o):
    """`llvm-objdump -d -r -s -t`, without the raw bytes of the symbol and
    string tables (the -t listing names the symbols that the relocation
    sections, kept as bytes, refer to by index)."""
    r = run([OBJDUMP, '-d', '-r', '-s', '-t', path_o])
    if r.returncode != 0:
        raise GenError(f'objdump failed: {r.stderr}')
    keep, skip = [], False
    for line in r.stdout.splitlines()[2:]:
        if line.startswith('Contents of section '):
            sec = line[len('Contents of section '):].rstrip(':')
            skip = sec in ('.symtab', '.strtab')
        elif line.startswith('Disassembly of section'):
            skip = False
        if not skip:
            keep.append(line)
    return '\n'.join(keep)


def rspill_diff(rspill, a, b):
    r = run([rspill, 'diff', '--format', 'json', '--all', '-j', '1', a, b])
    recs = []
    for line in r.stdout.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError:
            recs.append({'type': 'unparsable', 'line': line})
    return r.returncode, recs, r.stderr


def classify(recs, name_a, name_b):
    by_a = {}
    for rec in recs:
        if rec.get('type') == 'function' and rec.get('function_a') is not None:
            by_a.setdefault(rec['function_a'], []).append(rec)
    rs = by_a.get(name_a)
    if not rs:
        return 'missing', None
    rec = rs[0]
    st = rec.get('status')
    if len(rs) > 1:
        return 'ambiguous', rec
    if st in ('only-in-a', 'only-in-b'):
        return st, rec
    if rec.get('function_b') != name_b:
        return 'mispaired-' + str(st), rec
    return st, rec


class Stats:
    def __init__(self):
        self.cat = {}
        self.discarded = {}
        self.fails = []
        self.gen_errors = 0
        self.tool_errors = 0
        self.extra_records = {}
        self.rc_mismatch = 0
        self.files = 0

    def c(self, kind, name):
        return self.cat.setdefault((kind, name), {'variants': 0, 'functions': 0, 'ok': 0,
                                                  'caught': 0, 'false_identical': 0,
                                                  'false_changed': 0, 'unknown': 0,
                                                  'unknown_mutated': 0, 'fc_reasons': {}})

    def merge(self, o):
        for k, v in o.cat.items():
            d = self.c(*k)
            for kk, vv in v.items():
                if kk == 'fc_reasons':
                    for r, n in vv.items():
                        d['fc_reasons'][r] = d['fc_reasons'].get(r, 0) + n
                else:
                    d[kk] += vv
        for k, v in o.discarded.items():
            self.discarded[k] = self.discarded.get(k, 0) + v
        for k, v in o.extra_records.items():
            self.extra_records[k] = self.extra_records.get(k, 0) + v
        self.fails.extend(o.fails)
        self.gen_errors += o.gen_errors
        self.tool_errors += o.tool_errors
        self.rc_mismatch += o.rc_mismatch
        self.files += o.files


def keep_case(keep_dir, tag, files, info):
    d = os.path.join(keep_dir, tag)
    os.makedirs(d, exist_ok=True)
    for name, src in files.items():
        if os.path.exists(src):
            shutil.copy(src, os.path.join(d, name))
    with open(os.path.join(d, 'info.txt'), 'w') as f:
        f.write(info)
    return d


def check_variant(S, args, work, kind, cat, fidx, vname, P_a, opt_a, P_b, opt_b, a_o, b_o,
                  affected, desc, srcs, extra_funcs=()):
    rc, recs, err = rspill_diff(args.rspill, a_o, b_o)
    st = S.c(kind, cat)
    st['variants'] += 1
    problems = []
    if rc == 2 or any(r.get('type') == 'error' for r in recs):
        S.tool_errors += 1
        problems.append(('tool-error', f'rc={rc} stderr={err.strip()[:500]}'))
    names_a = {F['fid']: opt_a['fname'][F['fid']] for F in P_a['funcs']}
    names_b = {F['fid']: opt_b['fname'][F['fid']] for F in P_b['funcs']}
    known_a = set(names_a.values())
    known_b = set(names_b.values()) | set(extra_funcs)
    for rec in recs:
        if rec.get('type') != 'function':
            continue
        if rec.get('function_a') in known_a or rec.get('function_b') in known_b:
            continue
        key = f'{rec.get("status")}'
        S.extra_records[key] = S.extra_records.get(key, 0) + 1
        problems.append(('extra-record', json.dumps(rec)))
    all_ident = True
    for fid in names_a:
        st['functions'] += 1
        status, rec = classify(recs, names_a[fid], names_b[fid])
        if status != 'identical':
            all_ident = False
        exp_changed = fid in affected
        line = f'{names_a[fid]} -> {names_b[fid]}: expected {"NOT identical" if exp_changed else "identical"}, got {status}'
        if rec and rec.get('note'):
            line += f' (note: {rec["note"]})'
        if rec and rec.get('first_difference'):
            line += f' first_difference={json.dumps(rec["first_difference"])}'
        if exp_changed:
            if status == 'identical':
                st['false_identical'] += 1
                problems.append(('FALSE-IDENTICAL', line))
            elif status == 'unknown':
                st['unknown_mutated'] += 1
            else:
                st['caught'] += 1
        else:
            if status == 'identical':
                st['ok'] += 1
            elif status == 'unknown':
                st['unknown'] += 1
                problems.append(('unknown', line))
            else:
                st['false_changed'] += 1
                reason = status
                st['fc_reasons'][reason] = st['fc_reasons'].get(reason, 0) + 1
                problems.append(('FALSE-CHANGED', line))
    if kind == 'preserving' and all_ident and rc != 0 and not extra_funcs and not any(p[0] == 'tool-error' for p in problems):
        S.rc_mismatch += 1
        problems.append(('rc-mismatch', f'all functions identical but exit status {rc}'))
    if problems:
        worst = ('false-identical' if any(p[0] == 'FALSE-IDENTICAL' for p in problems) else
                 'false-changed' if any(p[0] == 'FALSE-CHANGED' for p in problems) else
                 'tool-error' if any(p[0] == 'tool-error' for p in problems) else
                 'unknown' if any(p[0] == 'unknown' for p in problems) else 'other')
        tag = f'{worst}/{cat}/f{fidx:05d}_{vname}'
        info = [f'seed file index {fidx}; {kind} {cat} ({vname})', f'mutation: {desc}' if desc else '',
                f'rspill exit status {rc}', '']
        info += [f'{k}: {v}' for k, v in problems]
        info += ['', 'rspill output:'] + [json.dumps(r) for r in recs]
        path = None
        if args.keep_dir:
            path = keep_case(args.keep_dir, tag, srcs, '\n'.join(info) + '\n')
        if worst in ('false-identical', 'false-changed', 'tool-error'):
            S.fails.append({'worst': worst, 'cat': cat, 'file': fidx, 'variant': vname, 'desc': desc,
                            'problems': [p for p in problems if p[0] != 'extra-record'][:6],
                            'kept': path})


def run_file(fidx, args):
    S = Stats()
    S.files = 1
    seed = args.seed * 1000003 + fidx
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix=f'f{fidx}_', dir=args.work)
    try:
        P = gen_program(rng)
        opt = base_opts(P, rng)
        base_s = os.path.join(work, 'base.s')
        base_o = os.path.join(work, 'base.o')
        try:
            assemble(render(P, opt), base_s, base_o)
        except GenError as e:
            S.gen_errors += 1
            keep_case(args.keep_dir or work, f'gen-error/f{fidx:05d}', {'base.s': base_s}, str(e))
            return S
        base_dump = None

        def srcs_of(vs, extra=None):
            d = {'base.s': base_s, 'variant.s': vs, 'base.o': base_o, 'variant.o': vs[:-2] + '.o'}
            if extra:
                d['extra.s'] = extra
            return d

        # ---- preserving variants
        for pname, t in PRESERVING:
            vrng = random.Random(f'{seed}/{pname}')
            P2, o2 = copy.deepcopy(P), copy.deepcopy(opt)
            vs = os.path.join(work, f'p_{pname}.s')
            vo = vs[:-2] + '.o'
            extra_funcs = ()
            extra_s = None
            try:
                if pname == 'ld-r':
                    ld_r([base_o], vo)
                    shutil.copy(base_s, vs)
                elif pname == 'ld-r-extra-object':
                    X = gen_program(vrng, prefix='xtra_')
                    xo_opt = base_opts(X, vrng)
                    extra_s = os.path.join(work, 'extra.s')
                    xo = os.path.join(work, 'extra.o')
                    assemble(render(X, xo_opt), extra_s, xo)
                    inputs = [xo, base_o] if vrng.random() < 0.5 else [base_o, xo]
                    ld_r(inputs, vo)
                    shutil.copy(base_s, vs)
                    extra_funcs = tuple(F['name'] for F in X['funcs'])
                else:
                    tf = t_combo if pname == 'combo' else t
                    if not tf(P2, o2, vrng):
                        continue
                    text = render(P2, o2)
                    assemble(text, vs, vo)
            except GenError as e:
                S.gen_errors += 1
                keep_case(args.keep_dir or work, f'gen-error/f{fidx:05d}_{pname}', {'base.s': base_s, 'variant.s': vs}, str(e))
                continue
            check_variant(S, args, work, 'preserving', pname, fidx, pname, P, opt, P2, o2, base_o, vo,
                          set(), '', srcs_of(vs, extra_s), extra_funcs)

        # ---- mutations
        muts = MUTATIONS + (EXTRA_MUTATIONS if args.extra else [])
        for mname, m in muts:
            for rep in range(args.mutations_per_file):
                combo = rep % 2 == 1
                vname = f'{mname}{"+combo" if combo else ""}_{rep}'
                cat = mname + ('+combo' if combo else '')
                mrng = random.Random(f'{seed}/{vname}')
                P2 = copy.deepcopy(P)
                res = m(P2, mrng)
                if res is None:
                    continue
                affected, desc = res
                o2 = copy.deepcopy(opt)
                ref_o = base_o
                if combo:
                    t_combo(P2, o2, mrng)
                    # reference for the byte check: the unmutated program with the same layout
                    Pc = copy.deepcopy(P)
                    # mirror model-level combo changes (nop shapes) by re-running with same rng state
                    ref_s = os.path.join(work, f'r_{vname}.s')
                    ref_o = ref_s[:-2] + '.o'
                vs = os.path.join(work, f'm_{vname}.s')
                vo = vs[:-2] + '.o'
                try:
                    assemble(render(P2, o2), vs, vo)
                    if combo:
                        # Undo the mutation on the combo'd model to get the byte reference.
                        Pr = copy.deepcopy(P2)
                        unmutate(Pr, P, P2)
                        assemble(render(Pr, o2), ref_s, ref_o)
                        ref_dump = dump(ref_o)
                    else:
                        if base_dump is None:
                            base_dump = dump(base_o)
                        ref_dump = base_dump
                    if dump(vo) == ref_dump:
                        S.discarded[cat] = S.discarded.get(cat, 0) + 1
                        continue
                except GenError as e:
                    S.gen_errors += 1
                    keep_case(args.keep_dir or work, f'gen-error/f{fidx:05d}_{vname}', {'base.s': base_s, 'variant.s': vs}, str(e))
                    continue
                check_variant(S, args, work, 'mutation', cat, fidx, vname, P, opt, P2, o2, base_o, vo,
                              affected, desc, srcs_of(vs))
        return S
    finally:
        shutil.rmtree(work, ignore_errors=True)


def unmutate(Pr, P, P2):
    """Pr is a copy of the mutated+combo model P2.  Restore everything the
    mutation touched (ro items, tables, function bodies item-wise) from P while
    keeping the combo's model-level changes (NOP runs)."""
    for key in ('alts', 'exs', 'jls', 'pls'):
        Pr[key] = copy.deepcopy(P[key])
    orig_ro = {R['id']: R for R in P['ro']}
    for R in Pr['ro']:
        if R['id'] in orig_ro:
            R.update(copy.deepcopy(orig_ro[R['id']]))
    Pr['data'] = copy.deepcopy(P['data'])
    for F, F0 in zip(Pr['funcs'], P['funcs']):
        F['endbr'] = F0['endbr']
        b0 = [it for it in F0['body'] if it['k'] != 'nops']
        j = 0
        for i, it in enumerate(F['body']):
            if it['k'] == 'nops':
                continue
            F['body'][i] = copy.deepcopy(b0[j])
            j += 1


def print_report(S, elapsed, out=sys.stdout):
    w = out.write
    w(f'{"kind":10} {"category":30} {"variants":>8} {"discard":>7} {"funcs":>6} {"ok":>6} {"caught":>6} '
      f'{"FALSE-ID":>8} {"false-ch":>8} {"unknown":>7} {"unk-mut":>7}  false-changed reasons\n')
    tot = {'variants': 0, 'functions': 0, 'false_identical': 0, 'false_changed': 0, 'unknown': 0}
    for kind in ('preserving', 'mutation'):
        for (k, name), d in sorted(S.cat.items(), key=lambda x: x[0][1]):
            if k != kind:
                continue
            reasons = ' '.join(f'{r}:{n}' for r, n in sorted(d['fc_reasons'].items()))
            w(f'{kind:10} {name:30} {d["variants"]:8} {S.discarded.get(name, 0):7} {d["functions"]:6} '
              f'{d["ok"]:6} {d["caught"]:6} {d["false_identical"]:8} {d["false_changed"]:8} '
              f'{d["unknown"]:7} {d["unknown_mutated"]:7}  {reasons}\n')
            tot['variants'] += d['variants']
            tot['functions'] += d['functions']
            tot['false_identical'] += d['false_identical']
            tot['false_changed'] += d['false_changed']
            tot['unknown'] += d['unknown'] + d['unknown_mutated']
    if S.extra_records:
        w(f'records for no generated function: {S.extra_records}\n')
    w(f'generator errors {S.gen_errors}  rspill errors {S.tool_errors}  '
      f'preserving variants with all functions identical but exit status != 0: {S.rc_mismatch}\n')
    fi = [f for f in S.fails if f['worst'] == 'false-identical']
    for f in fi:
        w(f'FALSE-IDENTICAL file {f["file"]} {f["variant"]}: {f["desc"]}\n')
        for p in f['problems']:
            if p[0] == 'FALSE-IDENTICAL':
                w(f'    {p[1]}\n')
        if f['kept']:
            w(f'    kept: {f["kept"]}\n')
    w(f'elapsed {elapsed:.1f}s\n')
    w(f'files {S.files} variants {tot["variants"]} functions {tot["functions"]} '
      f'false_identical {tot["false_identical"]} false_changed {tot["false_changed"]} unknown {tot["unknown"]}\n')
    return tot


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=None, help='number of generated files (default 40, unbounded with --seconds)')
    ap.add_argument('--start', type=int, default=0, help='first file index (to re-run one file: --start I --count 1)')
    ap.add_argument('--seconds', type=float, default=None, help='stop starting new files after this many seconds')
    ap.add_argument('--keep', dest='keep_dir', default=None, help='keep failing cases here (default: a temp dir, removed)')
    ap.add_argument('--jobs', '-j', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--rspill', default=os.environ.get('RSPILL', DEFAULT_RSPILL))
    ap.add_argument('--mutations-per-file', type=int, default=2,
                    help='tries per mutation category and file (odd tries are combined with random preserving transforms)')
    ap.add_argument('--no-extra', dest='extra', action='store_false',
                    help='skip the x-* categories (initial value of writable data, which rspill compares only for sized symbols)')
    args = ap.parse_args()
    if args.count is None and args.seconds is None:
        args.count = 40
    if not os.path.exists(args.rspill):
        sys.exit(f'rspill binary not found: {args.rspill}')
    tmp_root = tempfile.mkdtemp(prefix='rspill-diff-prop-')
    args.work = tmp_root
    # Snapshot the binary: a rebuild in the middle of a run must not mix versions.
    snap = os.path.join(tmp_root, 'rspill')
    shutil.copy2(args.rspill, snap)
    print(f'rspill: {args.rspill} (mtime {time.ctime(os.path.getmtime(args.rspill))}), seed {args.seed}', flush=True)
    args.rspill = snap
    remove_keep = False
    if args.keep_dir is None:
        args.keep_dir = os.path.join(tmp_root, 'keep')
        remove_keep = True
    else:
        args.keep_dir = os.path.abspath(args.keep_dir)
    os.makedirs(args.keep_dir, exist_ok=True)
    t0 = time.time()
    S = Stats()
    idx = args.start
    end = args.start + args.count if args.count is not None else None
    pending = set()
    try:
        with ProcessPoolExecutor(max_workers=args.jobs) as ex:
            def more():
                nonlocal idx
                if end is not None and idx >= end:
                    return False
                if args.seconds is not None and time.time() - t0 >= args.seconds:
                    return False
                pending.add(ex.submit(run_file, idx, args))
                idx += 1
                return True
            while len(pending) < args.jobs and more():
                pass
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    pending.remove(fut)
                    S.merge(fut.result())
                    if S.files % 25 == 0:
                        fi = sum(d['false_identical'] for d in S.cat.values())
                        sys.stderr.write(f'[{time.time() - t0:6.0f}s] {S.files} files, false_identical {fi}\n')
                    while len(pending) < args.jobs and more():
                        pass
        tot = print_report(S, time.time() - t0)
        if not remove_keep:
            print(f'kept cases under {args.keep_dir}')
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)
    sys.exit(1 if tot['false_identical'] else 0)


if __name__ == '__main__':
    main()
