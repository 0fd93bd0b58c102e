#!/usr/bin/python3
# usage: emu.py [-n RUNS] [--anywhere] [--resume-ud2] [--ud2-fixup SYM+OFF] [--env K=V] a.o b.o ...
# --resume-ud2: every ud2 goes on at the next instruction, as the kernel's
# #UD handler does after a WARN's (without it a ud2 ends the run, a BUG's).
# --ud2-fixup SYM+OFF: every ud2 goes on there instead (an __ex_table fixup,
# which the kernel's do_error_trap applies before it kills the task).
import sys, json, random, subprocess, struct, os
from elftools.elf.elffile import ELFFile
import unicorn, unicorn.x86_const
from unicorn import *
from unicorn.x86_const import *
import capstone

args = sys.argv[1:]; fixed={}
runs = 300; anywhere = False; resume_ud2 = False; ud2fix = None; env = dict(os.environ); extra_entries=[]
while args and args[0].startswith('-'):
    a = args.pop(0)
    if a == '-n': runs = int(args.pop(0))
    elif a == '--anywhere': anywhere = True
    elif a == '--resume-ud2': resume_ud2 = True
    elif a == '--ud2-fixup': resume_ud2 = True; ud2fix = args.pop(0)
    elif a == '--env':
        k, v = args.pop(0).split('=', 1); env[k] = v
    elif a == '--entry': extra_entries.append(args.pop(0))  # sym+off
    elif a == '--reg':
        k, v = args.pop(0).split('='); fixed[k] = [int(x,0) for x in v.split(',')]
files = args
p = subprocess.run(['nice','-n','19',os.environ.get('RSPILL', 'rspill'),'scan','--no-source','--format','json']+files, capture_output=True, text=True, env=env, timeout=60)
findings = []
for line in p.stdout.splitlines():
    r = json.loads(line)
    if r['type'] == 'finding': findings.append(r)
    elif r['type'] != 'summary': print('REC', line)
if p.stderr.strip(): print('STDERR', p.stderr.strip()[:2000])
claims = [f for f in findings if f['restore_redundant'] or f['rsp_delta'] is not None]
for f in findings:
    print('FINDING %s %s+%d kind=%s red=%s delta=%s noclaim=%s' % (f['file'], f['function'], f['offset'], f['kind'], f['restore_redundant'], f['rsp_delta'], f['no_claim']))

BASE = 0x400000
mem = {}
secaddr = {}  # (file, secidx) -> addr
symaddr = {}  # global name -> addr
localsyms = {}  # (file, name) -> addr
funcs = []  # (file,name,addr,size)
stubs = {}
STUB = 0x300000
nxt = BASE
elfs = {}
for fn in files:
    e = ELFFile(open(fn, 'rb')); elfs[fn] = e
    for i, s in enumerate(e.iter_sections()):
        if s['sh_flags'] & 2 and s['sh_size'] > 0:
            al = max(s['sh_addralign'], 16)
            nxt = (nxt + al - 1) // al * al
            secaddr[(fn, i)] = nxt
            data = s.data() if s['sh_type'] != 'SHT_NOBITS' else b'\0' * s['sh_size']
            mem[nxt] = bytearray(data)
            nxt += s['sh_size'] + 16
weak = {}
for fn, e in elfs.items():
    st = e.get_section_by_name('.symtab')
    for sym in st.iter_symbols():
        sh = sym['st_shndx']
        if isinstance(sh, int) and (fn, sh) in secaddr:
            a = secaddr[(fn, sh)] + sym['st_value']
            localsyms[(fn, sym.name)] = a
            if sym['st_info']['bind'] == 'STB_GLOBAL':
                symaddr[sym.name] = a
            elif sym['st_info']['bind'] == 'STB_WEAK':
                weak.setdefault(sym.name, a)
            if sym['st_info']['type'] == 'STT_FUNC':
                funcs.append((fn, sym.name, a, sym['st_size'], sym['st_info']['bind']))
for k, v in weak.items(): symaddr.setdefault(k, v)

def resolve(fn, sym):
    if sym['st_info']['type'] == 'STT_SECTION':
        return secaddr.get((fn, sym['st_shndx']), 0)
    sh = sym['st_shndx']
    if sym['st_info']['bind'] == 'STB_LOCAL' and isinstance(sh, int):
        return secaddr[(fn, sh)] + sym['st_value']
    if sym.name in symaddr: return symaddr[sym.name]
    if sym.name not in stubs:
        stubs[sym.name] = STUB + 16 * len(stubs)
    return stubs[sym.name]

for fn, e in elfs.items():
    st = e.get_section_by_name('.symtab')
    for rs in e.iter_sections():
        if rs['sh_type'] != 'SHT_RELA': continue
        tgt = rs['sh_info']
        if (fn, tgt) not in secaddr: continue
        base = secaddr[(fn, tgt)]; buf = mem[base]
        for r in rs.iter_relocations():
            S = resolve(fn, st.get_symbol(r['r_info_sym'])); A = r['r_addend']; P = base + r['r_offset']; t = r['r_info_type']; o = r['r_offset']
            if t == 1: buf[o:o+8] = struct.pack('<Q', (S + A) & (2**64-1))
            elif t in (2, 4): buf[o:o+4] = struct.pack('<i', S + A - P)
            elif t == 10: buf[o:o+4] = struct.pack('<I', (S + A) & 0xffffffff)
            elif t == 11: buf[o:o+4] = struct.pack('<i', S + A)
            elif t == 24: buf[o:o+8] = struct.pack('<q', S + A - P)
            else: print('unsupported reloc', t)

# claimed restore addresses
claimmap = {}
for f in claims:
    a = localsyms[(f['file'], f['function'])] + f['offset']
    claimmap[a] = f
print('claims:', len(claims), 'funcs:', [(x[1]) for x in funcs])

md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
entries = []
for fn, name, a, sz, bind in funcs:
    entries.append((name, a))
    if anywhere:
        buf = None
        for b, d in mem.items():
            if b <= a < b + len(d): buf = d[a-b:a-b+sz]
        for ins in md.disasm(bytes(buf), a):
            if ins.address != a: entries.append(('%s+%d' % (name, ins.address - a), ins.address))
for ee in extra_entries:
    n, o = ee.split('+'); entries.append((ee, symaddr.get(n) or [v for (f, k), v in localsyms.items() if k == n][0] + int(o, 0)))

STACK = 0x7f000000; STSZ = 0x100000; EXIT = 0x200000
violations = {}; execs = 0; hits = {}
def run_one(name, entry, rng):
    global execs
    uc = Uc(UC_ARCH_X86, UC_MODE_64)
    uc.mem_map(0x200000, 0x200000)  # EXIT + stubs
    uc.mem_write(EXIT, b'\xf4')
    for n, sa in stubs.items(): uc.mem_write(sa, b'\xc3')
    lo = BASE & ~0xfff; hi = (nxt + 0xfff) & ~0xfff
    uc.mem_map(lo, hi - lo)
    for b, d in mem.items(): uc.mem_write(b, bytes(d))
    uc.mem_map(STACK, STSZ)
    uc.mem_write(STACK, bytes(rng.getrandbits(8) for _ in range(4096)) * (STSZ // 4096))
    rsp = STACK + STSZ // 2 + rng.randrange(0, 512) * 8
    # stack full of plausible values: some stack addresses, some code addresses
    for k in range(-64, 64):
        choice = rng.random()
        if choice < 0.3: v = rsp + rng.randrange(-256, 256) * 8
        elif choice < 0.5: v = EXIT
        else: v = rng.getrandbits(64)
        uc.mem_write(rsp + k * 8, struct.pack('<Q', v & (2**64-1)))
    uc.mem_write(rsp, struct.pack('<Q', EXIT))
    regs = [UC_X86_REG_RAX, UC_X86_REG_RBX, UC_X86_REG_RCX, UC_X86_REG_RDX, UC_X86_REG_RSI, UC_X86_REG_RDI, UC_X86_REG_RBP,
            UC_X86_REG_R8, UC_X86_REG_R9, UC_X86_REG_R10, UC_X86_REG_R11, UC_X86_REG_R12, UC_X86_REG_R13, UC_X86_REG_R14, UC_X86_REG_R15]
    for r in regs:
        c = rng.random()
        if c < 0.5: v = rng.randrange(0, 8)
        elif c < 0.6: v = rsp + rng.randrange(-32, 32) * 8
        elif c < 0.7: v = rng.randrange(0, 64)
        else: v = rng.getrandbits(64)
        uc.reg_write(r, v)
    for k, vs in fixed.items(): uc.reg_write(getattr(unicorn.x86_const, 'UC_X86_REG_'+k.upper()), rng.choice(vs))
    uc.reg_write(UC_X86_REG_RSP, rsp)
    pending = [None]; count = [0]
    def hook(uc, addr, size, _):
        count[0] += 1
        if pending[0] is not None:
            a, before = pending[0]; pending[0] = None
            after = uc.reg_read(UC_X86_REG_RSP)
            f = claimmap[a]; d = after - before
            exp = 0 if f['restore_redundant'] else f['rsp_delta']
            hits[a] = hits.get(a, 0) + 1
            if d != exp:
                violations.setdefault(a, []).append((name, d, exp))
        if addr in claimmap:
            pending[0] = (addr, uc.reg_read(UC_X86_REG_RSP))
        if resume_ud2 and bytes(uc.mem_read(addr, 2)) == b'\x0f\x0b':
            uc.reg_write(UC_X86_REG_RIP, FIX if ud2fix else addr + 2)
        if count[0] > 20000: uc.emu_stop()
    uc.hook_add(UC_HOOK_CODE, hook)
    execs += 1
    try:
        uc.emu_start(entry, EXIT, timeout=2000000, count=30000)
    except UcError as ex:
        pass
    if pending[0] is not None:
        # restore was last executed instruction (e.g. fault right after) - read rsp now
        a, before = pending[0]
        try:
            after = uc.reg_read(UC_X86_REG_RSP); f = claimmap[a]; d = after - before
            exp = 0 if f['restore_redundant'] else f['rsp_delta']
            hits[a] = hits.get(a, 0) + 1
            if d != exp: violations.setdefault(a, []).append((name, d, exp))
        except Exception: pass

FIX = None
if ud2fix:
    n, o = ud2fix.split('+'); FIX = symaddr[n] + int(o, 0)
rng = random.Random(12345)
for name, entry in entries:
    for i in range(runs):
        run_one(name, entry, rng)
print('executions:', execs)
for a, f in claimmap.items():
    print('CLAIM %s+%d red=%s delta=%s hits=%d viol=%d %s' % (f['function'], f['offset'], f['restore_redundant'], f['rsp_delta'], hits.get(a, 0), len(violations.get(a, [])), (violations.get(a) or [''])[:3]))
if violations: print('*** FALSE CLAIM ***')
