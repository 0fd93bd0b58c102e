"""Random x86-64 function generator for the rspill concrete-execution oracle.

Produces AT&T assembly (.S) plus, for every instruction that writes %rsp from a
register or memory ("restore"), the value the generator's abstract model says
%rsp holds afterwards (the "design").  The design is only used by the executor
to decide whether it is safe to keep running after the restore; it is NOT the
thing under test (rspill's claims are).  A design of None means "wild": the
executor records the restore and stops that execution there.

Values in the model: ('S', c) = entry %rsp + c, ('A', c) = realigned base + c
(A = (S - d0) & ~15), ('K', k) = constant, None = unknown.
"""
import random
import re

ALL = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'r8', 'r9', 'r10',
       'r11', 'r12', 'r13', 'r14', 'r15']
CALLEE = ['rbx', 'rbp', 'r12', 'r13', 'r14', 'r15']
CALLER = ['rax', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11']
R32 = {'rax': 'eax', 'rbx': 'ebx', 'rcx': 'ecx', 'rdx': 'edx', 'rsi': 'esi',
       'rdi': 'edi', 'rbp': 'ebp'}
R16 = {'rax': 'ax', 'rbx': 'bx', 'rcx': 'cx', 'rdx': 'dx', 'rsi': 'si',
       'rdi': 'di', 'rbp': 'bp'}
R8 = {'rax': 'al', 'rbx': 'bl', 'rcx': 'cl', 'rdx': 'dl', 'rsi': 'sil',
      'rdi': 'dil', 'rbp': 'bpl'}
for _i in range(8, 16):
    R32['r%d' % _i] = 'r%dd' % _i
    R16['r%d' % _i] = 'r%dw' % _i
    R8['r%d' % _i] = 'r%db' % _i

# Memory layout shared with the executor.
STACK_LO = 0xffffc90000100000
STACK_SIZE = 0x10000
DATA_LO = 0xffff888000200000
DATA_SIZE = 0x10000
INPUT = 0x60000000        # random input bytes (branch conditions)
CNT = 0x60001000          # loop counters (memory)
POOLCUR = 0x60002000      # stub pool cursor
CALLER_RSP = 0x60002008   # the stub's caller's %rsp (the stub's frame lies below)
POOL = 0x61000000         # random pool for stubs (64K + slack)
FAULT_ADDR = 0xffffc900dead0000   # unmapped
SAFE_BELOW = 1024


# ---------------------------------------------------------------- model
class State:
    __slots__ = ('regs', 'mem', 'xmm', 'rsp', 'dead', 'd0')

    def __init__(self):
        self.regs = {}
        self.mem = {}
        self.xmm = {}
        self.rsp = ('S', 0)
        self.dead = False
        self.d0 = None

    def copy(self):
        s = State.__new__(State)
        s.regs = dict(self.regs)
        s.mem = dict(self.mem)
        s.xmm = dict(self.xmm)
        s.rsp = self.rsp
        s.dead = self.dead
        s.d0 = self.d0
        return s

    def key(self):
        if self.dead:
            return 'dead'
        return (tuple(sorted((k, v) for k, v in self.regs.items() if v is not None)),
                tuple(sorted((k, v) for k, v in self.mem.items() if v is not None)),
                tuple(sorted((k, v) for k, v in self.xmm.items() if v is not None)),
                self.rsp, self.d0)


def merge(a, b):
    if a.dead:
        return b.copy()
    if b.dead:
        return a.copy()
    s = State()
    s.regs = {k: v for k, v in a.regs.items() if v is not None and b.regs.get(k) == v}
    s.mem = {k: v for k, v in a.mem.items() if v is not None and b.mem.get(k) == v}
    s.xmm = {k: v for k, v in a.xmm.items() if v is not None and b.xmm.get(k) == v}
    s.rsp = a.rsp if a.rsp == b.rsp else None
    s.d0 = a.d0 if a.d0 == b.d0 else None
    return s


def vadd(v, k):
    if v is None:
        return None
    return (v[0], v[1] + k)


def is_ptr(v):
    return v is not None and v[0] in 'SA'


class Model:
    """Abstract interpreter over micro-ops.  frame = (d0, F, realign)."""

    def __init__(self, frame, rec=None):
        self.frame = frame
        self.rec = rec if rec is not None else {}

    def record(self, rid, v):
        if rid is None:
            return
        self.rec.setdefault(rid, set()).add(v)

    def safe(self, st, v):
        d0, F, _ = self.frame
        if v is None or v[1] % 8:
            return False
        if v[0] == 'S':
            return -d0 - F - SAFE_BELOW <= v[1] <= -d0
        if v[0] == 'A':
            return -F - SAFE_BELOW <= v[1] <= 0
        return False

    def ea(self, st, ae):
        if ae[0] == 'rsp':
            return vadd(st.rsp, ae[1])
        if ae[0] == 'reg':
            v = st.regs.get(ae[1])
            return vadd(v, ae[2]) if is_ptr(v) else None
        return None

    def ev(self, st, e):
        t = e[0]
        if t == 'rsp':
            return vadd(st.rsp, e[1])
        if t == 'reg':
            return vadd(st.regs.get(e[1]), e[2])
        if t == 'K':
            return ('K', e[1])
        if t == 'unk':
            return None
        if t == 'load':
            a = self.ea(st, e[1])
            return st.mem.get(a) if a is not None else None
        if t == 'x':
            return st.xmm.get((e[1], e[2]))
        if t == 'add':      # e[1] + e[2]*scale + k
            v1 = self.ev(st, e[1])
            v2 = self.ev(st, e[2])
            sc = e[3] if len(e) > 3 else 1
            k = e[4] if len(e) > 4 else 0
            if v1 is None or v2 is None:
                return None
            if v2[0] == 'K':
                return (v1[0], v1[1] + sc * v2[1] + k)
            if v1[0] == 'K' and sc == 1:
                return (v2[0], v2[1] + v1[1] + k)
            return None
        if t == 'sub':
            v1 = self.ev(st, e[1])
            v2 = self.ev(st, e[2])
            if v1 is None or v2 is None:
                return None
            if v2[0] == 'K':
                return (v1[0], v1[1] - v2[1])
            if v1[0] == v2[0]:
                return ('K', v1[1] - v2[1])
            return None
        raise ValueError(e)

    def overlaps(self, st, key, a, n):
        if key[0] == a[0]:
            return key[1] < a[1] + n and a[1] < key[1] + 8
        if st.d0 is None:
            return True
        # convert A-based to S-based: A = S - d0 - {0, 8}
        if a[0] == 'A':
            cands = [a[1] - st.d0, a[1] - st.d0 - 8]
            return any(key[1] < c + n and c < key[1] + 8 for c in cands)
        cands = [key[1] - st.d0, key[1] - st.d0 - 8]
        return any(c < a[1] + n and a[1] < c + 8 for c in cands)

    def store(self, st, a, n, v):
        if a is None or a[0] == 'K':
            st.mem.clear()
            return
        for key in list(st.mem):
            if self.overlaps(st, key, a, n):
                del st.mem[key]
        if n == 8 and v is not None:
            st.mem[a] = v

    def setrsp(self, st, v, rid):
        if self.safe(st, v):
            self.record(rid, v)
            st.rsp = v
        else:
            self.record(rid, None)
            st.dead = True

    def apply(self, st, op):
        if st.dead:
            return
        t = op[0]
        if t == 'set':
            st.regs[op[1]] = self.ev(st, op[2])
        elif t == 'set2':   # simultaneous assignment [(reg, expr)...]
            vals = [(r, self.ev(st, e)) for r, e in op[1]]
            for r, v in vals:
                st.regs[r] = v
        elif t == 'setx':
            st.xmm[(op[1], op[2])] = self.ev(st, op[3])
        elif t == 'store':
            self.store(st, self.ea(st, op[1]), op[2], self.ev(st, op[3]))
        elif t == 'xstore':
            a = self.ea(st, op[1])
            lo = st.xmm.get((op[2], 0))
            hi = st.xmm.get((op[2], 1))
            self.store(st, a, 16, None)
            if a is not None and a[0] != 'K':
                if lo is not None:
                    st.mem[a] = lo
                if hi is not None:
                    st.mem[vadd(a, 8)] = hi
        elif t == 'xload':
            a = self.ea(st, op[2])
            st.xmm[(op[1], 0)] = st.mem.get(a) if a else None
            st.xmm[(op[1], 1)] = st.mem.get(vadd(a, 8)) if a else None
        elif t == 'inval':
            a = self.ea(st, op[1])
            self.store(st, a, op[2], None)
        elif t == 'invalall':
            st.mem.clear()
        elif t == 'rspadd':
            st.rsp = vadd(st.rsp, op[1])
        elif t == 'realign':
            if st.rsp is None or st.rsp[0] != 'S':
                st.dead = True
                return
            st.d0 = -st.rsp[1]
            st.rsp = ('A', 0)
        elif t == 'setrsp':
            self.setrsp(st, self.ev(st, op[1]), op[2])
        elif t == 'swaprsp':
            v = st.regs.get(op[1])
            st.regs[op[1]] = st.rsp
            self.setrsp(st, v, op[2])
        elif t == 'cmovrsp':
            v = self.ev(st, op[1])
            if v == st.rsp:
                self.setrsp(st, v, op[2])
            else:
                self.record(op[2], None)
                st.dead = True
        elif t == 'choice':
            a = st.copy()
            b = st.copy()
            for o in op[1]:
                self.apply(a, o)
            for o in op[2]:
                self.apply(b, o)
            m = merge(a, b)
            st.regs, st.mem, st.xmm, st.rsp, st.dead, st.d0 = m.regs, m.mem, m.xmm, m.rsp, m.dead, m.d0
        elif t == 'call':
            self.call(st)
        else:
            raise ValueError(op)

    def call(self, st):
        rsp = st.rsp
        if rsp is None:
            st.mem.clear()
        else:
            # stub uses stack below %rsp (return address, its own pushes)
            for key in list(st.mem):
                if key[0] != rsp[0] or key[1] < rsp[1]:
                    del st.mem[key]
            self.store(st, rsp, 32, None)          # outgoing argument area
        ptrs = []
        for r in ('rdi', 'rsi'):
            v = st.regs.get(r)
            if is_ptr(v):
                ptrs.append(v)
        second = []
        for p in ptrs:
            for i in range(8):
                q = st.mem.get(vadd(p, 8 * i))
                if is_ptr(q):
                    second.append(q)
        for p in ptrs + second:
            self.store(st, p, 64, None)
        for r in CALLER:
            st.regs[r] = None

    # ---- structured nodes
    def run(self, nodes, st, variant):
        for n in nodes:
            if st.dead:
                return st
            st = self.node(n, st, variant)
        return st

    def node(self, n, st, variant):
        t = n['t']
        if t == 'ins':
            for op in n['sem']:
                self.apply(st, op)
            return st
        if t == 'if':
            a = self.run(n['then'], st.copy(), variant)
            b = self.run(n['else'], st.copy(), variant) if n.get('else') else st
            return merge(a, b)
        if t == 'loop':
            inp = st
            out = None
            for _ in range(12):
                out = self.run(n['body'], inp.copy(), variant)
                new = merge(st, out)
                if new.key() == inp.key():
                    break
                inp = new
            else:
                out = State()
                out.dead = True   # did not converge (should not happen)
            return out
        if t == 'switch':
            st0 = st
            st = st.copy()
            st.regs['rax'] = None
            res = st.copy()                   # table entries pointing at the join
            if n.get('guard'):
                res = merge(res, st0)         # direct branch to the join
            for c in n['cases']:
                o = self.run(c, st.copy(), variant)
                res = o if res is None else merge(res, o)
            return res
        if t == 'ex':
            fix = self.run(n['fix'], st.copy(), variant)
            st.regs[n['dst']] = None
            return merge(st, fix)
        if t == 'alt':
            return self.run(n['repl'] if variant else n['orig'], st, variant)
        raise ValueError(t)


# ---------------------------------------------------------------- generator
def I(asm, *sem):
    return {'t': 'ins', 'asm': asm if isinstance(asm, list) else [asm], 'sem': list(sem)}


class FuncGen:
    def __init__(self, rng, name, fileid, stubs, counters):
        self.r = rng
        self.name = name
        self.fid = fileid
        self.stubs = stubs
        self.helpers = []
        self.counters = counters      # shared per-file counter index allocator
        self.reserved = set()
        self.ids = 0
        self.restores = {}            # rid -> ('text'|'repl', altid or None)
        self.alts = []                # alt ids
        self.tail = []                # asm lines after ret (fixups)
        self.ctx = ('text', None)
        self.argpristine = {'rdi': True, 'rsi': True}
        self.depth = 0

    # helpers ---------------------------------------------------------
    def nid(self):
        self.ids += 1
        return self.ids

    def lab(self, kind, i):
        return '.L%s_%s_%d' % (kind, self.name, i)

    def free(self, exclude=()):
        c = [x for x in ALL if x not in self.reserved and x not in exclude]
        return self.r.choice(c)

    def chain_regs(self):
        return [r for r, v in self.st.regs.items() if is_ptr(v) and r not in self.reserved and r[0] != '_']

    def ptr_slots(self):
        if self.st.rsp is None:
            return []
        return [k for k, v in self.st.mem.items() if is_ptr(v) and k[0] == self.st.rsp[0]]

    def space(self):
        """bytes of local frame between current %rsp and the top of locals."""
        rsp = self.st.rsp
        if rsp is None or self.st.dead:
            return 0
        d0, F, _ = self.frame
        top = -d0 if rsp[0] == 'S' else 0
        return max(0, top - rsp[1])

    def slot_off(self, size=8, overlap=None):
        sp = self.space()
        if sp < size + 8:
            return None
        if overlap is not None:
            o = overlap[1] - self.st.rsp[1] + self.r.randint(-(size - 1), 7)
            if 0 <= o <= sp - size:
                return o
        o = self.r.randrange(0, sp - size + 1)
        if self.r.random() < 0.7:
            o &= ~7
        return o

    def emit(self, node):
        self.out.append(node)
        if node['t'] == 'ins':
            for a in node['asm']:
                for lab in re.findall(r'(\.Lr_\S+_(\d+)):$', a):
                    self.restores[int(lab[1])] = self.ctx
                if 'di' in a:
                    self.argpristine['rdi'] = False
                if 'si' in a:
                    self.argpristine['rsi'] = False
            for op in node['sem']:
                self.model.apply(self.st, op)
        else:
            self.st = self.model.node(node, self.st, 0)

    def restore_label(self, rid):
        self._rid = rid
        return '%s:' % self.lab('r', rid)

    def pick_ptr_reg(self):
        c = self.chain_regs()
        if c and self.r.random() < 0.85:
            return self.r.choice(c)
        return self.free()

    # ops -------------------------------------------------------------
    def op_copy(self):
        R = self.free()
        k = self.r.choice([0, 0, 0, 8, -8, 16, 24, 32, -16, 4])
        ch = self.r.random()
        if ch < 0.5 or k != 0 and ch < 0.8:
            if k == 0:
                return I('mov %%rsp,%%%s' % R, ('set', R, ('rsp', 0)))
            return I('lea %d(%%rsp),%%%s' % (k, R), ('set', R, ('rsp', k)))
        if ch < 0.9:
            return I(['push %rsp', 'pop %%%s' % R],
                     ('store', ('rsp', -8), 8, ('rsp', 0)), ('rspadd', -8),
                     ('set', R, ('load', ('rsp', 0))), ('rspadd', 8))
        return I('mov %%esp,%%%s' % R32[R], ('set', R, ('unk',)))

    def op_move(self):
        A = self.pick_ptr_reg()
        B = self.free(exclude=(A,))
        ch = self.r.randrange(12)
        if ch <= 2:
            return I('mov %%%s,%%%s' % (A, B), ('set', B, ('reg', A, 0)))
        if ch == 3:
            k = self.r.choice([8, -8, 16, 0, 64])
            return I('lea %d(%%%s),%%%s' % (k, A, B), ('set', B, ('reg', A, k)))
        if ch == 4:
            return I('xchg %%%s,%%%s' % (A, B), ('set2', [(A, ('reg', B, 0)), (B, ('reg', A, 0))]))
        if ch == 5:
            C = self.free(exclude=(A, B))
            k = self.r.choice([0, 1, 2, -1, 4])
            s = self.r.choice([1, 2, 4, 8])
            d = self.r.choice([0, 8, -16])
            return I(['mov $%d,%%%s' % (k, C), 'lea %d(%%%s,%%%s,%d),%%%s' % (d, A, C, s, B)],
                     ('set', C, ('K', k)), ('set', B, ('add', ('reg', A, 0), ('K', k), s, d)))
        if ch == 6:
            x = self.r.choice(['xmm0', 'xmm1'])
            return I(['movq %%%s,%%%s' % (A, x), 'movq %%%s,%%%s' % (x, B)],
                     ('setx', x, 0, ('reg', A, 0)), ('setx', x, 1, ('K', 0)),
                     ('set', B, ('reg', A, 0)))
        if ch == 7:
            return I(['pinsrq $1,%%%s,%%xmm1' % A, 'pextrq $1,%%xmm1,%%%s' % B],
                     ('setx', 'xmm1', 1, ('reg', A, 0)), ('set', B, ('reg', A, 0)))
        if ch == 8:
            return I(['push %%%s' % A, 'pop %%%s' % B],
                     ('store', ('rsp', -8), 8, ('reg', A, 0)), ('rspadd', -8),
                     ('set', B, ('load', ('rsp', 0))), ('rspadd', 8))
        if ch == 9:
            cc = self.r.choice(['e', 'ne', 'b', 'a', 's', 'l'])
            return I(['testb $%d,0x%x' % (1 << self.r.randrange(8), INPUT + self.r.randrange(64)),
                      'cmov%s %%%s,%%%s' % (cc, A, B)],
                     ('choice', [], [('set', B, ('reg', A, 0))]))
        if ch == 10:
            return I('xadd %%%s,%%%s' % (A, B),
                     ('set2', [(A, ('reg', B, 0)), (B, ('add', ('reg', A, 0), ('reg', B, 0)))]))
        return I('movzbl 0x%x,%%%s' % (INPUT + self.r.randrange(64), R32[B]), ('set', B, ('unk',)))

    def op_arith(self):
        R = self.pick_ptr_reg()
        r32, r16, r8 = R32[R], R16[R], R8[R]
        k = self.r.choice([8, 16, 24, 1, 4, 32])
        C = self.free(exclude=(R,))
        same = ('set', R, ('reg', R, 0))
        unk = ('set', R, ('unk',))
        bit = 'testb $%d,0x%x' % (1 << self.r.randrange(8), INPUT + self.r.randrange(64))
        cfset = 'cmpb $0x80,0x%x' % (INPUT + self.r.randrange(64))
        table = [
            (4, lambda: I('add $%d,%%%s' % (k, R), ('set', R, ('reg', R, k)))),
            (4, lambda: I('sub $%d,%%%s' % (k, R), ('set', R, ('reg', R, -k)))),
            (2, lambda: I(['mov $%d,%%%s' % (k, C), 'add %%%s,%%%s' % (C, R)],
                          ('set', C, ('K', k)), ('set', R, ('reg', R, k)))),
            (2, lambda: I(['mov $%d,%%%s' % (k, C), 'sub %%%s,%%%s' % (C, R)],
                          ('set', C, ('K', k)), ('set', R, ('reg', R, -k)))),
            (1, lambda: I(['add $%d,%%%s' % (k, R), 'sub $%d,%%%s' % (k, R)], same)),
            (1, lambda: I('imul $1,%%%s,%%%s' % (R, R), same)),
            (1, lambda: I(['neg %%%s' % R, 'neg %%%s' % R], same)),
            (1, lambda: I(['not %%%s' % R, 'not %%%s' % R], same)),
            (1, lambda: I(['bswap %%%s' % R, 'bswap %%%s' % R], same)),
            (1, lambda: I(['rol $%d,%%%s' % (k, R), 'ror $%d,%%%s' % (k, R)], same)),
            (1, lambda: I(['xor %%%s,%%%s' % (C, R), 'xor %%%s,%%%s' % (C, R)], same)),
            (1, lambda: I('and $-1,%%%s' % R, same)),
            (1, lambda: I('or $0,%%%s' % R, same)),
            (1, lambda: I(['shl $1,%%%s' % R, 'sar $1,%%%s' % R], unk)),
            (1, lambda: I('mov %%%s,%%%s' % (r32, r32), unk)),
            (1, lambda: I('add $0,%%%s' % r32, unk)),
            (1, lambda: I('mov %%%s,%%%s' % (R8[C], r8), unk)),
            (1, lambda: I('movw $%d,%%%s' % (k, r16), unk)),
            (1, lambda: I('movzwl %%%s,%%%s' % (r16, r32), unk)),
            (1, lambda: I('and $-16,%%%s' % R, unk)),
            (1, lambda: I([cfset, 'adc $0,%%%s' % R], unk)),
            (1, lambda: I([cfset, 'sbb $0,%%%s' % R], unk)),
            (1, lambda: I('or $8,%%%s' % R, unk)),
            (1, lambda: I('lea (%%%s,%%%s),%%%s' % (R, R, R), unk)),
            (1, lambda: I('shr $3,%%%s' % R, unk)),
            (1, lambda: I('sub %%rsp,%%%s' % R, ('set', R, ('sub', ('reg', R, 0), ('rsp', 0))))),
            (1, lambda: I('add %%rsp,%%%s' % R, ('set', R, ('add', ('rsp', 0), ('reg', R, 0))))),
            (1, lambda: I([bit, 'cmovne %%%s,%%%s' % (C, R)], ('choice', [], [('set', R, ('reg', C, 0))]))),
            (1, lambda: I(['xor %%%s,%%%s' % (R32[C], R32[C]), 'mov %%%s,%%%s' % (C, R)],
                          ('set', C, ('K', 0)), ('set', R, ('K', 0)))),
        ]
        return self.wpick(table)()

    def wpick(self, table):
        tot = sum(w for w, _ in table)
        x = self.r.uniform(0, tot)
        for w, f in table:
            x -= w
            if x <= 0:
                return f
        return table[-1][1]

    def op_spill(self):
        A = self.pick_ptr_reg()
        ch = self.r.random()
        if ch < 0.12:
            n = self.r.choice([8, 16, 24, 32])
            return I('mov %%%s,-%d(%%rsp)' % (A, n), ('store', ('rsp', -n), 8, ('reg', A, 0)))
        o = self.slot_off()
        if o is None:
            return None
        if ch < 0.25:
            B = [r for r in self.chain_regs() if r != A and self.st.regs[r] == self.st.rsp]
            if B:
                B = self.r.choice(B)
                return I('mov %%%s,%d(%%%s)' % (A, o, B), ('store', ('reg', B, o), 8, ('reg', A, 0)))
        if ch < 0.35 and self.space() >= 24:
            o = self.slot_off(16)
            x = self.r.choice(['xmm0', 'xmm1'])
            return I(['movq %%%s,%%%s' % (A, x), 'movups %%%s,%d(%%rsp)' % (x, o)],
                     ('setx', x, 0, ('reg', A, 0)), ('setx', x, 1, ('K', 0)),
                     ('xstore', ('rsp', o), x))
        return I('mov %%%s,%d(%%rsp)' % (A, o), ('store', ('rsp', o), 8, ('reg', A, 0)))

    def op_reload(self):
        B = self.free()
        slots = self.ptr_slots()
        if slots and self.r.random() < 0.85:
            key = self.r.choice(slots)
            o = key[1] - self.st.rsp[1]
        else:
            o = self.slot_off()
            if o is None:
                return None
        ch = self.r.random()
        if ch < 0.1 and o < 0:
            pass
        if ch < 0.15 and o >= 0 and self.space() >= o + 16:
            x = 'xmm1'
            return I(['movdqu %d(%%rsp),%%%s' % (o, x), 'movq %%%s,%%%s' % (x, B)],
                     ('xload', x, ('rsp', o)), ('set', B, ('x', x, 0)))
        if ch < 0.25:
            return I(['push %d(%%rsp)' % o, 'pop %%%s' % B],
                     ('store', ('rsp', -8), 8, ('load', ('rsp', o))), ('rspadd', -8),
                     ('set', B, ('load', ('rsp', 0))), ('rspadd', 8))
        return I('mov %d(%%rsp),%%%s' % (o, B), ('set', B, ('load', ('rsp', o))))

    def op_partial(self):
        slots = self.ptr_slots()
        size = self.r.choice([1, 2, 4, 8, 16, 1, 4])
        ov = self.r.choice(slots) if slots and self.r.random() < 0.8 else None
        o = self.slot_off(size, ov)
        if o is None:
            return None
        C = self.free()
        imm = self.r.randrange(256)
        if size == 1:
            a = self.r.choice(['movb $%d,%d(%%rsp)' % (imm, o), 'mov %%%s,%d(%%rsp)' % (R8[C], o),
                               'incb %d(%%rsp)' % o, 'orb $0,%d(%%rsp)' % o])
        elif size == 2:
            a = self.r.choice(['movw $%d,%d(%%rsp)' % (imm, o), 'mov %%%s,%d(%%rsp)' % (R16[C], o)])
        elif size == 4:
            a = self.r.choice(['movl $%d,%d(%%rsp)' % (imm, o), 'mov %%%s,%d(%%rsp)' % (R32[C], o),
                               'addl $0,%d(%%rsp)' % o])
        elif size == 8:
            if self.r.random() < 0.5:
                return I('movq $%d,%d(%%rsp)' % (imm, o), ('store', ('rsp', o), 8, ('K', imm)))
            return I('addq $8,%d(%%rsp)' % o,
                     ('store', ('rsp', o), 8, ('add', ('load', ('rsp', o)), ('K', 8))))
        else:
            return I(['pxor %xmm2,%xmm2', 'movups %%xmm2,%d(%%rsp)' % o],
                     ('setx', 'xmm2', 0, ('K', 0)), ('setx', 'xmm2', 1, ('K', 0)),
                     ('xstore', ('rsp', o), 'xmm2'))
        return I(a, ('store', ('rsp', o), size, ('unk',)))

    def op_indexed(self):
        if 'rax' in self.reserved:
            return None
        sp = self.space()
        if sp < 48:
            return None
        m = self.r.choice([1, 3])
        off = self.r.randrange(0, sp - 8 * (m + 1) + 1) & ~7
        A = self.pick_ptr_reg()
        if A == 'rax':
            A = self.free(exclude=('rax',))
        return I(['movzbl 0x%x,%%eax' % (INPUT + self.r.randrange(64)), 'and $%d,%%eax' % m,
                  'mov %%%s,%d(%%rsp,%%rax,8)' % (A, off)],
                 ('set', 'rax', ('unk',)), ('inval', ('rsp', off), 8 * (m + 1)))

    def op_string(self):
        if {'rdi', 'rsi', 'rcx', 'rax'} & self.reserved:
            return None
        sp = self.space()
        if sp < 64:
            return None
        n = self.r.randint(0, 3)
        down = self.r.random() < 0.3
        nb = 8 * max(n, 1)
        if down:
            d = self.r.randrange(nb - 8, sp - 8 + 1) & ~7
            s = self.r.randrange(nb - 8, sp - 8 + 1) & ~7
        else:
            d = self.r.randrange(0, sp - nb + 1) & ~7
            s = self.r.randrange(0, sp - nb + 1) & ~7
        step = -8 if down else 8
        kind = self.r.choice(['rep stosq', 'stosq', 'rep movsq', 'movsq'])
        asm = ['std' if down else 'cld', 'lea %d(%%rsp),%%rdi' % d]
        sem = [('set', 'rdi', ('rsp', d))]
        cnt = n if kind.startswith('rep') else 1
        if 'stos' in kind:
            V = self.pick_ptr_reg()
            if V != 'rax':
                asm.append('mov %%%s,%%rax' % V)
                sem.append(('set', 'rax', ('reg', V, 0)))
            for i in range(cnt):
                sem.append(('store', ('rsp', d + step * i), 8, ('reg', 'rax', 0)))
        else:
            asm.append('lea %d(%%rsp),%%rsi' % s)
            sem.append(('set', 'rsi', ('rsp', s)))
            for i in range(cnt):
                sem.append(('store', ('rsp', d + step * i), 8, ('load', ('rsp', s + step * i))))
            sem.append(('set', 'rsi', ('rsp', s + step * cnt)))
        if kind.startswith('rep'):
            asm.insert(1, 'mov $%d,%%ecx' % n)
            sem.append(('set', 'rcx', ('K', 0)))
        asm.append(kind)
        asm.append('cld')
        sem.append(('set', 'rdi', ('rsp', d + step * cnt)))
        return I(asm, *sem)

    def op_call(self):
        if set(CALLER) & self.reserved:
            return None
        asm = []
        sem = []
        sp = self.space()
        for r in ('rdi', 'rsi'):
            ch = self.r.random()
            if ch < 0.45 and sp > 8:
                o = self.r.randrange(0, sp - 8 + 1)
                if self.r.random() < 0.7:
                    o &= ~7
                asm.append('lea %d(%%rsp),%%%s' % (o, r))
                sem.append(('set', r, ('rsp', o)))
            elif ch < 0.6:
                asm.append('movabs $0x%x,%%%s' % (DATA_LO + self.r.randrange(0, DATA_SIZE - 256), r))
                sem.append(('set', r, ('unk',)))
        # Sometimes pass stack arguments (written right before the call, so the
        # callee owns them); %r10 tells the stub how many bytes it may write.
        if self.r.random() < 0.5 and sp >= 32:
            k = self.r.randint(1, 4)
            for i in range(k):
                asm.append('movq $0x%x,%d(%%rsp)' % (self.r.getrandbits(31), 8 * i))
                sem.append(('store', ('rsp', 8 * i), 8, ('unk',)))
            asm.append('mov $%d,%%r10d' % (8 * k))
        else:
            asm.append('xor %r10d,%r10d')
        sem.append(('set', 'r10', ('unk',)))
        # Now and then a local helper that may break the calling convention
        # (the model takes it as conforming: a mismatch stops the run after
        # the next restore, whose claims are checked first).
        if self.helpers and self.r.random() < 0.3:
            asm.append('call %s' % self.r.choice(self.helpers))
        else:
            asm.append('call %s' % self.r.choice(self.stubs))
        sem.append(('call',))
        self.argpristine = {'rdi': False, 'rsi': False}
        return I(asm, *sem)

    def op_pushpop(self):
        ch = self.r.random()
        A = self.pick_ptr_reg()
        B = self.free()
        o = self.slot_off()
        if ch < 0.4 and o is not None:
            # pop N(%rsp): the address is computed after the increment
            return I(['push %%%s' % A, 'pop %d(%%rsp)' % o],
                     ('store', ('rsp', -8), 8, ('reg', A, 0)), ('rspadd', -8),
                     ('set', '_t', ('load', ('rsp', 0))), ('rspadd', 8),
                     ('store', ('rsp', o), 8, ('reg', '_t', 0)))
        return I(['push %%%s' % A, 'push %rsp', 'pop %%%s' % B, 'pop %%%s' % A],
                 ('store', ('rsp', -8), 8, ('reg', A, 0)), ('rspadd', -8),
                 ('store', ('rsp', -8), 8, ('rsp', 0)), ('rspadd', -8),
                 ('set', B, ('load', ('rsp', 0))), ('rspadd', 8),
                 ('set', A, ('load', ('rsp', 0))), ('rspadd', 8))

    def op_restore(self, force_safe=False):
        """A restore; returns (node, safe_guess)."""
        rid = self.nid()
        L = self.restore_label(rid)
        cur = self.st.rsp
        regs = self.chain_regs()
        slots = self.ptr_slots()
        r = self.r
        ch = r.random()
        if (ch < 0.45 and regs) or (not slots and regs and ch < 0.7):
            A = r.choice(regs)
            v = self.st.regs[A]
            k = 0
            if cur is not None and v[0] == cur[0] and r.random() < 0.5:
                k = cur[1] - v[1] + r.choice([0, 0, 0, -8, -16, 8])
            how = r.randrange(7)
            if how == 0 or (how == 1 and k == 0):
                if k:
                    return I(['lea %d(%%%s),%%%s' % (k, A, A), L, 'mov %%%s,%%rsp' % A],
                             ('set', A, ('reg', A, k)), ('setrsp', ('reg', A, 0), rid))
                return I([L, 'mov %%%s,%%rsp' % A], ('setrsp', ('reg', A, 0), rid))
            if how == 1:
                return I([L, 'lea %d(%%%s),%%rsp' % (k, A)], ('setrsp', ('reg', A, k), rid))
            if how == 2:
                return I([L, 'xchg %%%s,%%rsp' % A], ('swaprsp', A, rid))
            if how == 3:
                return I(['testb $%d,0x%x' % (1 << r.randrange(8), INPUT + r.randrange(64)),
                          L, 'cmovne %%%s,%%rsp' % A], ('cmovrsp', ('reg', A, 0), rid))
            if how == 4:
                return I(['push %%%s' % A, L, 'pop %rsp'],
                         ('store', ('rsp', -8), 8, ('reg', A, 0)), ('rspadd', -8),
                         ('setrsp', ('load', ('rsp', 0)), rid))
            if how == 5:
                return I(['movq %%%s,%%xmm3' % A, L, 'movq %xmm3,%rsp'],
                         ('setx', 'xmm3', 0, ('reg', A, 0)), ('setrsp', ('x', 'xmm3', 0), rid))
            C = self.free(exclude=(A,))
            kk = r.choice([0, 1, 2, -1])
            s = r.choice([1, 8])
            return I(['mov $%d,%%%s' % (kk, C), L, 'lea %d(%%%s,%%%s,%d),%%rsp' % (k - kk * s, A, C, s)],
                     ('set', C, ('K', kk)), ('setrsp', ('add', ('reg', A, 0), ('reg', C, 0), s, k - kk * s), rid))
        if slots and ch < 0.9:
            key = r.choice(slots)
            o = key[1] - cur[1]
            how = r.randrange(4)
            if how == 0 and o == 0:
                return I([L, 'pop %rsp'], ('setrsp', ('load', ('rsp', 0)), rid))
            if how == 1:
                return I(['push %d(%%rsp)' % o, L, 'pop %rsp'],
                         ('store', ('rsp', -8), 8, ('load', ('rsp', o))), ('rspadd', -8),
                         ('setrsp', ('load', ('rsp', 0)), rid))
            return I([L, 'mov %d(%%rsp),%%rsp' % o], ('setrsp', ('load', ('rsp', o)), rid))
        # redundant-by-construction or odd shapes
        how = r.randrange(5)
        if how == 0:
            return I(['push %rsp', L, 'pop %rsp'],
                     ('store', ('rsp', -8), 8, ('rsp', 0)), ('rspadd', -8),
                     ('setrsp', ('load', ('rsp', 0)), rid))
        if how == 1:
            A = self.free()
            return I([L, 'mov %%%s,%%rsp' % A], ('setrsp', ('reg', A, 0), rid))
        if how == 2:
            A = self.free()
            return I(['mov %%rsp,%%%s' % A, L, 'xchg %%%s,%%rsp' % A],
                     ('set', A, ('rsp', 0)), ('swaprsp', A, rid))
        if how == 3:
            o = self.slot_off()
            if o is None:
                o = 0
            return I([L, 'mov %d(%%rsp),%%rsp' % o], ('setrsp', ('load', ('rsp', o)), rid))
        C = self.free()
        return I(['mov $16,%%%s' % C, L, 'add %%%s,%%rsp' % C, 'sub $16,%rsp'],
                 ('set', C, ('K', 16)), ('setrsp', ('add', ('rsp', 0), ('reg', C, 0)), rid),
                 ('rspadd', -16))

    def rsp_fix(self, target):
        """bring %rsp back to target (model value) if known and different."""
        cur = self.st.rsp
        if self.st.dead or cur is None or target is None or cur == target:
            return
        if cur[0] != target[0]:
            return
        k = target[1] - cur[1]
        if self.r.random() < 0.5:
            self.emit(I('add $%d,%%rsp' % k, ('rspadd', k)))
        else:
            self.emit(I('lea %d(%%rsp),%%rsp' % k, ('rspadd', k)))

    def cond(self):
        r = self.r
        ch = r.random()
        pr = [a for a in ('rdi', 'rsi') if self.argpristine[a]]
        if pr and ch < 0.4:
            a = r.choice(pr)
            return ['test $%d,%%%s' % (1 << r.randrange(12), R32[a])], r.choice(['jz', 'jnz'])
        if self.loopctr and ch < 0.65:
            return ['testb $1,%s' % r.choice(self.loopctr)], r.choice(['jz', 'jnz'])
        return ['testb $%d,0x%x' % (1 << r.randrange(8), INPUT + r.randrange(64))], r.choice(['jz', 'jnz'])

    # blocks ------------------------------------------------------------
    def block(self, n):
        saved = self.out
        self.out = []
        target = self.st.rsp
        for _ in range(n):
            self.one()
        self.rsp_fix(target)
        res = self.out
        self.out = saved
        return res

    def one(self):
        r = self.r
        table = [
            (6, 'copy'), (5, 'move'), (5, 'arith'), (6, 'spill'), (6, 'reload'),
            (3, 'partial'), (1, 'indexed'), (2, 'string'), (3, 'call'), (2, 'pushpop'),
            (6, 'restore'),
        ]
        if self.depth < 2:
            table += [(3, 'if'), (2, 'loop'), (1, 'switch'), (1, 'ex'), (1, 'alt')]
        prof = self.profile
        table = [(w * prof.get(k, 0), k) for w, k in table if prof.get(k, 0)]
        kind = self.wpick([(w, k) for w, k in table])
        if self.st.dead:
            kind = 'copy'
        if kind in ('if', 'loop', 'switch', 'ex', 'alt'):
            self.depth += 1
            try:
                getattr(self, 'blk_' + kind)()
            finally:
                self.depth -= 1
            return
        if kind == 'restore':
            before = self.st.copy()
            node = self.op_restore()
            # predict: if the restore kills the model state, put it under a branch
            probe = self.st.copy()
            for op in node['sem']:
                self.model.apply(probe, op)
            if probe.dead or r.random() < 0.3:
                c, j = self.cond()
                target = before.rsp
                saved = self.out
                self.out = []
                self.emit(node)
                self.rsp_fix(target)
                body = self.out
                self.out = saved
                self.st = before
                self.emit({'t': 'if', 'id': self.nid(), 'cond': c, 'jcc': j, 'then': body})
            else:
                self.emit(node)
                if r.random() < 0.5:
                    self.rsp_fix(before.rsp)
            return
        node = getattr(self, 'op_' + kind)()
        if node is not None:
            self.emit(node)

    def blk_if(self):
        c, j = self.cond()
        before = self.st.copy()
        then = self.block(self.r.randint(1, 5))
        els = None
        after_then = self.st
        if self.r.random() < 0.3:
            self.st = before.copy()
            els = self.block(self.r.randint(1, 4))
        self.st = before
        self.emit({'t': 'if', 'id': self.nid(), 'cond': c, 'jcc': j, 'then': then, 'else': els})

    def blk_loop(self):
        i = self.nid()
        before = self.st.copy()
        n = self.r.randint(1, 4)
        regc = [x for x in CALLEE if x not in self.reserved and self.r.random() < 0.5]
        if regc and self.r.random() < 0.4:
            R = regc[0]
            init = ['mov $%d,%%%s' % (n, R32[R])]
            step = ['dec %%%s' % R32[R]]
            self.reserved.add(R)
            ctr = None
            initsem = [('set', R, ('unk',))]
        else:
            idx = self.counters[0]
            self.counters[0] += 1
            addr = '0x%x' % (CNT + 4 * (idx % 1000))
            init = ['movl $%d,%s' % (n, addr)]
            step = ['decl %s' % addr]
            ctr = addr
            R = None
            initsem = []
        self.emit(I(init, *initsem))
        before = self.st.copy()
        if ctr:
            self.loopctr.append(ctr)
        body = self.block(self.r.randint(2, 7))
        if ctr:
            self.loopctr.pop()
        if R:
            self.reserved.discard(R)
        self.st = before
        self.emit({'t': 'loop', 'id': i, 'step': step, 'body': body})

    def blk_switch(self):
        if 'rax' in self.reserved:
            return
        n = self.r.choice([2, 4])
        before = self.st.copy()
        before.regs['rax'] = None
        cases = []
        for _ in range(n):
            self.st = before.copy()
            cases.append(self.block(self.r.randint(0, 3)))
        self.st = before
        # some table entries point straight at the join, which is also reachable by a direct branch
        direct = self.r.random() < 0.7
        self.emit({'t': 'switch', 'id': self.nid(), 'n': n,
                   'idx': 'movzbl 0x%x,%%eax' % (INPUT + self.r.randrange(64)), 'cases': cases,
                   'guard': self.cond() if direct else None,
                   'tojoin': [self.r.random() < 0.3 for _ in range(n)]})

    def fixup(self, fix, n, kinds):
        """Design an __ex_table fixup: `n` operations drawn from `kinds` after
        the nodes already in `fix`, from the current state; the state after
        it is the one before (the fixup jumps back to the site's end)."""
        before = self.st.copy()
        saved_ctx = self.ctx
        saved = self.out
        self.out = fix
        for _ in range(n):
            k = self.r.choice(kinds)
            if k == 'restore_safe':
                node = self.op_restore()
                probe = self.st.copy()
                for op in node['sem']:
                    self.model.apply(probe, op)
                if probe.dead:
                    continue
            else:
                node = getattr(self, 'op_' + k)()
            if node is not None:
                self.emit(node)
        self.rsp_fix(before.rsp)
        self.out = saved
        self.st = before
        self.ctx = saved_ctx
        return fix

    def blk_ex_string(self):
        """An __ex_table site on `rep movsb` into the frame that may fault
        part-way: on the faulting path the source runs off the end of the data
        area after m bytes, so the fixup sees m of n bytes copied and %rcx,
        %rsi, %rdi advanced (what a copy_from_user fault leaves)."""
        if {'rdi', 'rsi', 'rcx'} & self.reserved:
            return False
        sp = self.space()
        n = self.r.randint(1, 40)
        if sp < n + 8:
            return False
        d = self.r.randrange(0, sp - n + 1)
        m = self.r.randint(0, n - 1)
        src_ok = DATA_LO + (self.r.randrange(0, DATA_SIZE - 64) & ~7)
        src_bad = DATA_LO + DATA_SIZE - m
        # The fixup is designed as if the copy had not happened (the mistake
        # to provoke: restores there from slots the copy may have reached);
        # the copy's effect on the model is applied after the site.
        self.emit(I(['lea %d(%%rsp),%%rdi' % d, 'movabs $0x%x,%%rsi' % src_ok,
                     'mov $%d,%%ecx' % n],
                    ('set', 'rdi', ('unk',)), ('set', 'rsi', ('unk',)), ('set', 'rcx', ('unk',))))
        c, j = self.cond()
        self.emit({'t': 'if', 'id': self.nid(), 'cond': c, 'jcc': j,
                   'then': [I('movabs $0x%x,%%rsi' % src_bad, ('set', 'rsi', ('unk',)))]})
        fix = self.fixup([], self.r.randint(1, 3),
                         ['reload', 'restore', 'restore_safe', 'restore_safe'])
        self.emit({'t': 'ex', 'id': self.nid(), 'ptr': 'rsi', 'dst': 'rcx',
                   'load': 'rep movsb', 'fix': fix})
        self.emit(I([], ('inval', ('rsp', d), n)))
        return True

    def blk_ex(self):
        if self.r.random() < 0.35 and self.blk_ex_string():
            return
        P = self.free()
        if self.r.random() < 0.25:
            D = self.r.choice([x for x in self.chain_regs() if x != P] or [self.free(exclude=(P,))])
        else:
            D = self.free(exclude=[P] + self.chain_regs())
        ptr = DATA_LO + self.r.randrange(0, DATA_SIZE - 64) & ~7
        self.emit(I('movabs $0x%x,%%%s' % (ptr, P), ('set', P, ('unk',))))
        c, j = self.cond()
        self.emit({'t': 'if', 'id': self.nid(), 'cond': c, 'jcc': j,
                   'then': [I('movabs $0x%x,%%%s' % (FAULT_ADDR + self.r.randrange(0, 4096), P),
                              ('set', P, ('unk',)))]})
        fix = []
        if self.r.random() < 0.5:
            fix.append(I('xor %%%s,%%%s' % (R32[D], R32[D]), ('set', D, ('K', 0))))
        fix = self.fixup(fix, self.r.randint(0, 3),
                         ['copy', 'move', 'arith', 'spill', 'partial', 'restore_safe'])
        self.emit({'t': 'ex', 'id': self.nid(), 'ptr': P, 'dst': D,
                   'load': 'mov (%%%s),%%%s' % (P, D), 'fix': fix})

    def blk_alt(self):
        i = self.nid()
        before = self.st.copy()

        def straight(n, ctx):
            self.ctx = ctx
            saved = self.out
            self.out = []
            for _ in range(n):
                k = self.r.choice(['copy', 'move', 'arith', 'spill', 'reload', 'partial', 'restore', 'nop'])
                if k == 'nop':
                    continue
                node = getattr(self, 'op_' + k)()
                if node is None:
                    continue
                if any(('cmov' in a or a.startswith('j')) for a in node['asm']) and k == 'restore':
                    continue
                probe = self.st.copy()
                for op in node['sem']:
                    self.model.apply(probe, op)
                if probe.dead:
                    continue
                self.emit(node)
            self.rsp_fix(before.rsp)
            res = self.out
            self.out = saved
            self.ctx = ('text', None)
            return res
        orig = straight(self.r.randint(0, 3), ('text', None))
        st_o = self.st
        self.st = before.copy()
        repl = straight(self.r.randint(0, 3), ('repl', i))
        self.st = merge(st_o, self.st)
        self.alts.append(i)
        self.out.append({'t': 'alt', 'id': i, 'feat': self.r.randrange(0, 0x200),
                         'orig': orig, 'repl': repl})

    # whole function ------------------------------------------------------
    def generate(self):
        r = self.r
        self.out = []
        self.loopctr = []
        self.st = State()
        # swarm testing: each function uses a random subset of the shapes
        kinds = ['move', 'arith', 'partial', 'indexed', 'string', 'call', 'pushpop',
                 'if', 'loop', 'switch', 'ex', 'alt']
        self.profile = {k: r.choice([1, 2, 4]) for k in kinds if r.random() < 0.4}
        for k in ('copy', 'spill', 'reload', 'restore'):
            self.profile[k] = r.choice([1, 2, 3])
        if r.random() < 0.5:
            self.profile['copy'] = 0.3
        nops = r.choice([(3, 8), (6, 15), (8, 30)])
        pushes = r.sample(CALLEE, r.randint(0, 4))
        realign = r.random() < 0.15
        if realign and 'rbp' not in pushes:
            pushes.append('rbp')
        F = r.choice([32, 48, 64, 96, 128, 160, 256])
        d0 = 8 * len(pushes)
        self.frame = (d0, F, realign)
        self.model = Model(self.frame)
        self.argpristine = {'rdi': True, 'rsi': True}
        # arg-dependent branches first (they need pristine %rdi/%rsi)
        head = []
        for p in pushes:
            self.emit(I('push %%%s' % p, ('store', ('rsp', -8), 8, ('reg', p, 0)), ('rspadd', -8)))
        if realign:
            self.emit(I(['mov %rsp,%rbp', 'and $-16,%rsp'], ('set', 'rbp', ('rsp', 0)), ('realign',)))
            self.reserved.add('rbp')
        self.emit(I('sub $%d,%%rsp' % F, ('rspadd', -F)))
        frame_rsp = self.st.rsp
        for _ in range(r.randint(*nops)):
            self.one()
        # epilogue
        if not self.st.dead:
            self.rsp_fix(frame_rsp)
        if realign:
            rid = self.nid()
            L = self.restore_label(rid)
            self.emit(I([L, 'mov %rbp,%rsp'], ('setrsp', ('reg', 'rbp', 0), rid)))
        else:
            self.emit(I('add $%d,%%rsp' % F, ('rspadd', F)))
        for p in reversed(pushes):
            self.emit(I('pop %%%s' % p, ('set', p, ('load', ('rsp', 0))), ('rspadd', 8)))
        self.emit(I('ret'))
        return self.out

    def generate_focused(self):
        """copy %rsp -> (move/spill) -> one hazard -> restore from the copy: the shapes where
        an analysis is most tempted to claim a no-op."""
        r = self.r
        self.out = []
        self.loopctr = []
        self.st = State()
        self.profile = {'arith': 4, 'spill': 3, 'partial': 2, 'move': 2, 'copy': 1, 'reload': 1,
                        'call': 1, 'restore': 1, 'string': 1}
        pushes = r.sample(CALLEE, r.randint(0, 3))
        F = r.choice([48, 64, 96, 128])
        d0 = 8 * len(pushes)
        self.frame = (d0, F, False)
        self.model = Model(self.frame)
        self.argpristine = {'rdi': True, 'rsi': True}
        for p in pushes:
            self.emit(I('push %%%s' % p, ('store', ('rsp', -8), 8, ('reg', p, 0)), ('rspadd', -8)))
        self.emit(I('sub $%d,%%rsp' % F, ('rspadd', -F)))
        frame_rsp = self.st.rsp
        for _ in range(r.randint(1, 3)):
            if self.st.dead:
                break
            node = self.op_copy()
            self.emit(node)
            if r.random() < 0.4:
                self.emit(self.op_move())
            if r.random() < 0.6:
                n = self.op_spill()
                if n:
                    self.emit(n)
            snap = self.st.copy()
            regs = [x for x in self.chain_regs()]
            slots = self.ptr_slots()
            hz = r.choice(['ex', 'ex', 'ex', 'alt', 'alt', 'switch', 'switch', 'if', 'loop', 'call', 'partial',
                           'string', 'indexed', 'pushpop', 'arith', 'move'])
            self.depth = 1
            if hz in ('ex', 'alt', 'switch', 'if', 'loop'):
                getattr(self, 'blk_' + hz)()
            else:
                n = getattr(self, 'op_' + hz)()
                if n:
                    self.emit(n)
            self.depth = 0
            if self.st.dead or self.st.rsp != snap.rsp:
                break
            rid = self.nid()
            L = self.restore_label(rid)
            if slots and (not regs or r.random() < 0.5):
                key = r.choice(slots)
                o = key[1] - self.st.rsp[1]
                if r.random() < 0.5:
                    node = I([L, 'mov %d(%%rsp),%%rsp' % o], ('setrsp', ('load', ('rsp', o)), rid))
                else:
                    C = self.free()
                    node = I(['mov %d(%%rsp),%%%s' % (o, C), L, 'mov %%%s,%%rsp' % C],
                             ('set', C, ('load', ('rsp', o))), ('setrsp', ('reg', C, 0), rid))
            elif regs:
                A = r.choice(regs)
                if r.random() < 0.7:
                    node = I([L, 'mov %%%s,%%rsp' % A], ('setrsp', ('reg', A, 0), rid))
                else:
                    v = snap.regs[A]
                    k = snap.rsp[1] - v[1] if v[0] == snap.rsp[0] else 0
                    node = I([L, 'lea %d(%%%s),%%rsp' % (k, A)], ('setrsp', ('reg', A, k), rid))
            else:
                continue
            before = self.st.rsp
            self.emit(node)
            self.rsp_fix(before)
        if not self.st.dead:
            self.rsp_fix(frame_rsp)
        self.emit(I('add $%d,%%rsp' % F, ('rspadd', F)))
        for p in reversed(pushes):
            self.emit(I('pop %%%s' % p, ('set', p, ('load', ('rsp', 0))), ('rspadd', 8)))
        self.emit(I('ret'))
        return self.out

    # asm emission ----------------------------------------------------------
    def asm(self, nodes, out):
        for n in nodes:
            t = n['t']
            if t == 'ins':
                for a in n['asm']:
                    out.append(a if a.endswith(':') else '\t' + a)
            elif t == 'if':
                i = n['id']
                for a in n['cond']:
                    out.append('\t' + a)
                if n.get('else'):
                    out.append('\t%s %s' % (n['jcc'], self.lab('else', i)))
                    self.asm(n['then'], out)
                    out.append('\tjmp %s' % self.lab('fi', i))
                    out.append(self.lab('else', i) + ':')
                    self.asm(n['else'], out)
                else:
                    out.append('\t%s %s' % (n['jcc'], self.lab('fi', i)))
                    self.asm(n['then'], out)
                out.append(self.lab('fi', i) + ':')
            elif t == 'loop':
                i = n['id']
                out.append(self.lab('loop', i) + ':')
                self.asm(n['body'], out)
                for a in n['step']:
                    out.append('\t' + a)
                out.append('\tjnz %s' % self.lab('loop', i))
            elif t == 'switch':
                i = n['id']
                if n.get('guard'):
                    c, j = n['guard']
                    for a in c:
                        out.append('\t' + a)
                    out.append('\t%s %s' % (j, self.lab('send', i)))
                out.append('\t' + n['idx'])
                out.append('\tand $%d,%%eax' % (n['n'] - 1))
                out.append('\tjmp *%s(,%%rax,8)' % self.lab('tab', i))
                for ci, c in enumerate(n['cases']):
                    out.append('%s:' % self.lab('case%d' % ci, i))
                    self.asm(c, out)
                    out.append('\tjmp %s' % self.lab('send', i))
                out.append(self.lab('send', i) + ':')
                out.append('\t.pushsection .rodata,"a"')
                out.append('\t.balign 8')
                out.append(self.lab('tab', i) + ':')
                for ci in range(n['n']):
                    tj = n.get('tojoin') and n['tojoin'][ci]
                    out.append('\t.quad %s' % (self.lab('send', i) if tj else self.lab('case%d' % ci, i)))
                out.append('\t.popsection')
            elif t == 'ex':
                i = n['id']
                out.append(self.lab('ex', i) + ':')
                out.append('\t' + n['load'])
                out.append(self.lab('exc', i) + ':')
                out.append('\t.pushsection __ex_table,"a"')
                out.append('\t.balign 4')
                out.append('\t.long (%s - .)' % self.lab('ex', i))
                out.append('\t.long (%s - .)' % self.lab('exf', i))
                out.append('\t.long 0')
                out.append('\t.popsection')
                t2 = [self.lab('exf', i) + ':']
                self.asm(n['fix'], t2)
                t2.append('\tjmp %s' % self.lab('exc', i))
                self.tail.extend(t2)
            elif t == 'alt':
                i = n['id']
                ao, aoe, aop = self.lab('ao', i), self.lab('aoe', i), self.lab('aop', i)
                ar, are = self.lab('ar', i), self.lab('are', i)
                out.append(ao + ':')
                self.asm(n['orig'], out)
                out.append(aoe + ':')
                out.append('\t.skip -(((%s-%s)-(%s-%s)) > 0) * ((%s-%s)-(%s-%s)),0x90'
                           % (are, ar, aoe, ao, are, ar, aoe, ao))
                out.append(aop + ':')
                out.append('\t.pushsection .altinstructions,"a"')
                out.append('\t.long %s - .' % ao)
                out.append('\t.long %s - .' % ar)
                # 6.x layout: u32 ft_flags (cpuid:16, flags:16), as the kernel emits.
                out.append('\t.long 0x%x' % n['feat'])
                out.append('\t.byte %s - %s' % (aop, ao))
                out.append('\t.byte %s - %s' % (are, ar))
                out.append('\t.popsection')
                out.append('\t.pushsection .altinstr_replacement,"ax"')
                out.append(ar + ':')
                self.asm(n['repl'], out)
                out.append(are + ':')
                out.append('\t.popsection')
            else:
                raise ValueError(t)

    def designs(self, variant):
        m = Model(self.frame)
        st = State()
        m.run(self.nodes, st, variant)
        res = {}
        for rid in self.restores:
            vals = m.rec.get(rid)
            if not vals or len(vals) != 1:
                res[rid] = None
            else:
                res[rid] = next(iter(vals))
        return res


def stub_asm(name):
    w, s = name + '_w', name + '_s'
    L = []
    a = L.append
    a('\t.type %s,@function' % name)
    a('%s:' % name)
    # %r10: how many bytes of stack arguments the caller wrote from its %rsp
    # (the only part of the caller's frame a callee may write as its own).
    a('\tpush %r10')
    a('\tmovl $0x%x,%%r11d' % POOLCUR)
    # The caller's %rsp after the call returns: stack below it is the stub's
    # own (its return address, its pushes, its helpers' frames); see stub_w.
    a('\tlea 16(%rsp),%rax')
    a('\tmov %%rax,0x%x' % CALLER_RSP)
    a('\tmov (%r11),%rax')
    a('\taddq $0x100,(%r11)')
    a('\tand $0xff00,%eax')
    a('\tlea 0x%x(%%rax),%%r11' % POOL)
    a('\tmov %rdi,%r8')
    a('\tmov %rsi,%r9')
    for bit, reg, kind, sel, src in [(1, 'r8', 's', 0, 0), (2, 'r9', 's', 0, 0),
                                      (4, 'r8', 'w', 1, 0x20), (8, 'r9', 'w', 2, 0x40)]:
        a('\ttestb $%d,(%%r11)' % bit)
        a('\tjz 1f')
        a('\tmov %%%s,%%rdi' % reg)
        if kind == 'w':
            a('\tmovzbl %d(%%r11),%%ecx' % sel)
            a('\tlea 0x%x(%%r11),%%rsi' % src)
            a('\tcall %s' % w)
        else:
            a('\tcall %s' % s)
        a('1:')
    # write into the caller's outgoing argument area (just above our return address)
    a('\tpop %rcx')
    a('\ttestb $16,(%r11)')
    a('\tjz 1f')
    a('\tlea 8(%rsp),%rdi')
    a('\tlea 0x60(%r11),%rsi')
    a('\trep movsb')
    a('1:')
    for i, r in enumerate(['rax', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11']):
        a('\tmov 0x%x(%%r11),%%%s' % (0x80 + 8 * i, r))
    a('\tret')
    a('\t.size %s, .-%s' % (name, name))
    # writer: rdi=ptr, ecx=len selector, rsi=src; writes 8..63 bytes if ptr is in stack/data
    a('\t.type %s,@function' % w)
    a('%s:' % w)
    a('\tmovabs $0x%x,%%rax' % STACK_LO)
    a('\tmov %rdi,%r10')
    a('\tsub %rax,%r10')
    a('\tcmp $0x%x,%%r10' % (STACK_SIZE - 128))
    a('\tjb 6f')
    a('\tmovabs $0x%x,%%rax' % DATA_LO)
    a('\tmov %rdi,%r10')
    a('\tsub %rax,%r10')
    a('\tcmp $0x%x,%%r10' % (DATA_SIZE - 128))
    a('\tjae 3f')
    a('\tjmp 2f')
    # A stack pointer: write at or above the caller's %rsp (its frame, which
    # a callee may reach through pointers it is handed), or wholly below the
    # writer's own %rsp (free stack). Not over the stub's own return address
    # and pushes: a callee that does returns elsewhere, which no claim about a
    # call covers (oracle seed 1003347: a pointer to a slot below the caller's
    # %rsp had the stub overwrite the low byte of its return address).
    a('6:\tmov 0x%x,%%rax' % CALLER_RSP)
    a('\tcmp %rax,%rdi')
    a('\tjae 2f')
    a('\tlea 64(%rdi),%rax')
    a('\tcmp %rsp,%rax')
    a('\tja 3f')
    a('2:\tand $63,%ecx')
    a('\tcmp $8,%ecx')
    a('\tjae 4f')
    a('\tadd $8,%ecx')
    a('4:\trep movsb')
    a('3:\tret')
    a('\t.size %s, .-%s' % (w, w))
    # scanner: rdi=ptr; for each of the 8 words at ptr that points into stack/data, write garbage there
    a('\t.type %s,@function' % s)
    a('%s:' % s)
    a('\tmovabs $0x%x,%%rax' % STACK_LO)
    a('\tmov %rdi,%r10')
    a('\tsub %rax,%r10')
    a('\tcmp $0x%x,%%r10' % (STACK_SIZE - 128))
    a('\tjb 2f')
    a('\tmovabs $0x%x,%%rax' % DATA_LO)
    a('\tmov %rdi,%r10')
    a('\tsub %rax,%r10')
    a('\tcmp $0x%x,%%r10' % (DATA_SIZE - 128))
    a('\tjae 3f')
    a('2:\tpush %rdi')
    a('\txor %edx,%edx')
    a('5:\tmov (%rsp),%rax')
    a('\tmov (%rax,%rdx,8),%rdi')
    a('\tpush %rdx')
    a('\tmovzbl 4(%r11,%rdx),%ecx')
    a('\tlea 0x30(%r11),%rsi')
    a('\tcall %s' % w)
    a('\tpop %rdx')
    a('\tinc %edx')
    a('\tcmp $8,%edx')
    a('\tjb 5b')
    a('\tpop %rdi')
    a('3:\tret')
    a('\t.size %s, .-%s' % (s, s))
    return L


# Local helpers: bodies a hand-written static function may have. Some keep
# the calling convention, most break it (rspill reads local callees and must
# claim nothing across a call to one that breaks it). `%s` is the helper's
# own name prefix (for tail-call targets).
HELPER_BODIES = [
    ['ret'],
    ['push %rbx', 'mov $1,%ebx', 'pop %rbx', 'ret'],
    ['push %r12', 'push %rbx', 'xor %ebx,%ebx', 'pop %rbx', 'pop %r12', 'ret'],
    ['mov %rbx,%rax', 'ret'],
    ['lea -64(%rsp),%rbx', 'ret'],
    ['xor %r12d,%r12d', 'ret'],
    ['inc %r13', 'ret'],
    ['mov %rsp,%r14', 'ret'],
    ['lea 8(%rsp),%r15', 'ret'],
    ['xchg %rbx,%r12', 'ret'],
    ['pop %rax', 'pop %rcx', 'push %rax', 'ret'],
    ['pop %rax', 'push %rcx', 'push %rax', 'ret'],
    ['ret $8'],
    ['movq $0x4141,8(%rsp)', 'ret'],
    ['movq $0x4141,16(%rsp)', 'ret'],
    ['movq $0x4141,(%rbx)', 'ret'],
    ['push %rbx', 'mov %rsp,%rbx', 'movq $0x4141,(%rbx)', 'pop %rbx', 'ret'],
    ['push %rbp', 'mov %rsp,%rbp', 'sub $16,%rsp', 'leave', 'ret'],
    ['push %rbp', 'mov %rsp,%rbp', 'add $8,%rbp', 'leave', 'ret'],
    ['std', 'ret'],
    ['cmp $0,%rdi', 'je 1f', 'inc %rbx', '1:', 'ret'],
    ['jmp %s_tail'],
]

# The tail-call target of the last body.
HELPER_TAIL = ['dec %rbx', 'ret']


def helper_asm(name, body):
    L = ['\t.type %s,@function' % name, '%s:' % name]
    L += ['\t' + (b % name if '%s' in b else b) if not b.endswith(':') else b for b in body]
    L.append('\t.size %s, .-%s' % (name, name))
    if any('%s_tail' in b for b in body):
        t = name + '_tail'
        L += ['\t.type %s,@function' % t, '%s:' % t] + ['\t' + b for b in HELPER_TAIL]
        L.append('\t.size %s, .-%s' % (t, t))
    return L


def gen_file(seed, nfuncs=None):
    """Returns (asm_text, funcs) where funcs = {name: info} with per-variant designs."""
    rng = random.Random(seed)
    nf = nfuncs or rng.randint(2, 4)
    stubs = ['stub%d' % i for i in range(rng.randint(1, 2))]
    counters = [0]
    helpers = []
    if rng.random() < 0.5:
        helpers = ['lh%d' % i for i in range(rng.randint(1, 3))]
    helper_bodies = [rng.choice(HELPER_BODIES) for _ in helpers]
    lines = ['# rspill oracle generated file, seed %d' % seed, '\t.text']
    funcs = {}
    for fi in range(nf):
        name = 'f%d_%d' % (seed % 100000, fi)
        g = FuncGen(rng, name, seed, stubs, counters)
        g.helpers = helpers
        g.nodes = g.generate_focused() if rng.random() < 0.5 else g.generate()
        body = []
        g.asm(g.nodes, body)
        lines += ['\t.globl %s' % name, '\t.type %s,@function' % name, '\t.p2align 4', '%s:' % name]
        lines += body
        lines += g.tail
        lines += ['\t.size %s, .-%s' % (name, name), '']
        d0 = g.designs(0)
        d1 = g.designs(1) if g.alts else d0
        funcs[name] = {'restores': dict(g.restores), 'design': [d0, d1], 'alts': list(g.alts),
                       'frame': g.frame}
    for s in stubs:
        # Global: a callee the analysis assumes keeps the convention (these
        # do, however hostile within it).
        lines.append('\t.globl %s' % s)
        lines += stub_asm(s)
    for h, body in zip(helpers, helper_bodies):
        lines += helper_asm(h, body)
    # meta (only when assembled with -DORACLE): restore sites and alternative sites
    lines.append('#ifdef ORACLE')
    lines.append('\t.section .oracle_meta,"",@progbits')
    for fi in range(nf):
        name = 'f%d_%d' % (seed % 100000, fi)
        info = funcs[name]
        lab = lambda k, i: '.L%s_%s_%d' % (k, name, i)
        for rid, ctx in sorted(info['restores'].items()):
            if ctx[0] == 'text':
                lines.append('\t.long %d, %d, 0, %s - %s' % (fi, rid, lab('r', rid), name))
            else:
                lines.append('\t.long %d, %d, %d, %s - %s' % (fi, rid, ctx[1], lab('r', rid), lab('ar', ctx[1])))
        for aid in info['alts']:
            lines.append('\t.long %d, %d, -1, %s - %s' % (fi, aid, lab('ao', aid), name))
    lines.append('#endif')
    # human-readable designs
    lines.append('# designs (model value of %rsp after each restore; None = wild, execution stops):')
    for name, info in funcs.items():
        for v in (0, 1):
            lines.append('#  %s variant%d: %s' % (name, v, sorted(info['design'][v].items())))
        lines.append('#  %s frame: %r' % (name, info['frame']))
    return '\n'.join(lines) + '\n', funcs
