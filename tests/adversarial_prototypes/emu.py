#!/usr/bin/python3
"""
emu.py OBJ FUNC OFF [CFA_OFF|same] [--stub NAME=HEX]... [--reg REG=VAL]... [--entry NAME]

Loads a relocatable x86-64 object into Unicorn (sections mapped one after the
other, relocations applied, undefined functions stubbed with `ret`, undefined
data given zeroed storage; __msan_* stubs return a scratch buffer), calls
--entry (default FUNC) with a fresh stack and reports, every time execution
reaches FUNC+OFF (the %rsp write rspill reported), %rsp before and after it.
With CFA_OFF (the N of rspill's "CFA-0xN"), it checks that the %rsp written
equals FUNC's CFA - N, where CFA = %rsp at FUNC's entry + 8; with `same` (a
restore_redundant claim), that it equals %rsp before the write.
"""
import sys, struct, argparse
from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection
from unicorn import *
from unicorn.x86_const import *
import capstone

ap = argparse.ArgumentParser()
ap.add_argument("obj"); ap.add_argument("func"); ap.add_argument("off", type=lambda s: int(s, 0))
ap.add_argument("cfa_off", nargs="?", type=lambda s: s if s == "same" else int(s, 0))
ap.add_argument("--stub", action="append", default=[])
ap.add_argument("--reg", action="append", default=[])
ap.add_argument("--entry")
ap.add_argument("--init", action="append", default=[], help="NAME=VALUE: store the 8-byte VALUE (a number, or SYM+OFF) at data symbol NAME (GS base is 0, so %gs:NAME is NAME)")
ap.add_argument("--trace", action="store_true")
ap.add_argument("--max", type=int, default=200000)
a = ap.parse_args()

f = open(a.obj, "rb"); elf = ELFFile(f)
mu = Uc(UC_ARCH_X86, UC_MODE_64)
BASE = 0x400000; cur = BASE
secbase = {}
for i, s in enumerate(elf.iter_sections()):
    if s["sh_flags"] & 2 and s["sh_size"]:
        al = max(s["sh_addralign"], 16)
        cur = (cur + al - 1) // al * al
        secbase[i] = cur
        cur += s["sh_size"]
end = (cur + 0xfff) & ~0xfff
mu.mem_map(BASE, end - BASE + 0x1000)
for i, s in enumerate(elf.iter_sections()):
    if i in secbase and s["sh_type"] != "SHT_NOBITS":
        mu.mem_write(secbase[i], s.data())

STUBS = 0x200000; DATA = 0x300000; SCRATCH = 0x380000; STACK = 0x7000000; SENT = 0x6000000
mu.mem_map(STUBS, 0x10000); mu.mem_map(DATA, 0x80000 + 0x10000); mu.mem_map(STACK, 0x20000); mu.mem_map(SENT, 0x1000)
symtab = elf.get_section_by_name(".symtab")
syms = list(symtab.iter_symbols())
userstub = dict(x.split("=", 1) for x in a.stub)
addr_of = {}; nstub = 0; ndata = 0
def resolve(sym):
    global nstub, ndata
    if sym["st_info"]["type"] == "STT_SECTION":
        return secbase[sym["st_shndx"]]
    if sym["st_shndx"] != "SHN_UNDEF":
        if sym["st_shndx"] == "SHN_ABS": return sym["st_value"]
        return secbase[sym["st_shndx"]] + sym["st_value"]
    n = sym.name
    if n in addr_of: return addr_of[n]
    if n in userstub or n.startswith("__") or n in ("take", "use") or n.endswith("_fn") or n in FUNCS_UNDEF:
        ad = STUBS + 0x100 * nstub; nstub += 1
        if n in userstub: code = bytes.fromhex(userstub[n])
        elif n.startswith("__msan"):
            code = b"\x48\xb8" + struct.pack("<Q", SCRATCH) + b"\x48\xba" + struct.pack("<Q", SCRATCH) + b"\xc3"
        else: code = b"\xc3"
        mu.mem_write(ad, code)
    else:
        ad = DATA + 0x2000 * ndata; ndata += 1
    addr_of[n] = ad
    return ad
# undefined names used as call targets are functions: collect them from PLT32 relocs
FUNCS_UNDEF = set()
for s in elf.iter_sections():
    if isinstance(s, RelocationSection):
        for r in s.iter_relocations():
            if r["r_info_type"] == 4: FUNCS_UNDEF.add(syms[r["r_info_sym"]].name)
ifunc_target = {}
def apply_relocs(only_ifunc=False):
  for si, s in enumerate(elf.iter_sections()):
    if not isinstance(s, RelocationSection): continue
    tgt = s["sh_info"]
    if tgt not in secbase: continue
    for r in s.iter_relocations():
        sym = syms[r["r_info_sym"]]
        if only_ifunc and sym.name not in ifunc_target: continue
        t = r["r_info_type"]; S = ifunc_target.get(sym.name) or resolve(sym); A = r["r_addend"]; P = secbase[tgt] + r["r_offset"]
        if t == 1: mu.mem_write(P, struct.pack("<Q", (S + A) & (2**64 - 1)))
        elif t in (2, 4): mu.mem_write(P, struct.pack("<i", S + A - P))
        elif t in (10, 11): mu.mem_write(P, struct.pack("<i" if t == 11 else "<I", S + A))
        else: raise SystemExit("reloc type %d not handled" % t)
apply_relocs()
# GNU indirect functions: like the dynamic linker, call each resolver and bind
# references to the IFUNC symbol to the address it returns
for sym in syms:
    if sym["st_info"]["type"] in ("STT_LOOS", "STT_GNU_IFUNC") and sym["st_shndx"] != "SHN_UNDEF":
        resolver = secbase[sym["st_shndx"]] + sym["st_value"]
        mu.mem_write(0x7000000 + 0x10000, struct.pack("<Q", 0x6000000))
        mu.reg_write(UC_X86_REG_RSP, 0x7000000 + 0x10000)
        mu.emu_start(resolver, 0x6000000)
        ifunc_target[sym.name] = mu.reg_read(UC_X86_REG_RAX)
        print("  ifunc %s: resolver %#x returned %#x" % (sym.name, resolver, ifunc_target[sym.name]))
if ifunc_target: apply_relocs(only_ifunc=True)

def fsym(name, size=False):
    for s in syms:
        if s.name == name and s["st_shndx"] != "SHN_UNDEF" and s["st_info"]["type"] == "STT_FUNC":
            return s["st_size"] if size else secbase[s["st_shndx"]] + s["st_value"]
    raise SystemExit("no function " + name)
for x in a.init:
    n, v = x.split("=", 1)
    if v[0].isdigit(): val = int(v, 0)
    else:
        sn, _, off = v.partition("+"); val = addr_of.get(sn) or resolve(next(y for y in syms if y.name == sn)); val += int(off or "0", 0)
    dst = addr_of.get(n) or resolve(next(y for y in syms if y.name == n))
    mu.mem_write(dst, struct.pack("<Q", val))
fa = fsym(a.func); fsize = fsym(a.func, True) or 1; ea = fsym(a.entry or a.func)
site = fa + a.off
md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
regs = {n[len("UC_X86_REG_"):].lower(): getattr(sys.modules["unicorn.x86_const"], n) for n in dir(sys.modules["unicorn.x86_const"]) if n.startswith("UC_X86_REG_")}
for i, r in enumerate(["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]):
    mu.reg_write(regs[r], 0x1111111100000000 + (i + 1) * 0x10101)
for x in a.reg:
    n, v = x.split("="); mu.reg_write(regs[n], int(v, 0))
rsp0 = STACK + 0x18000
mu.mem_write(rsp0, struct.pack("<Q", SENT)); mu.reg_write(UC_X86_REG_RSP, rsp0)
state = {"entry": [], "pending": None, "hits": [], "n": 0}
def hook(uc, addr, size, _):
    state["n"] += 1
    if state["n"] > a.max: print("  instruction limit reached"); uc.emu_stop(); return
    rsp = uc.reg_read(UC_X86_REG_RSP)
    if a.trace:
        ins = next(md.disasm(bytes(uc.mem_read(addr, size)), addr))
        print("   %#x rsp=%#x  %s %s" % (addr, rsp, ins.mnemonic, ins.op_str))
    if state["pending"] is not None:
        before, cfa = state["pending"]; state["hits"].append((before, rsp, cfa)); state["pending"] = None
    code = bytes(uc.mem_read(addr, size))
    # FUNC's activation ends at a `ret` (its own, or the return thunk's right
    # after FUNC's `jmp __x86_return_thunk`) that pops its return slot
    if code in (b"\xc3",) and state["entry"] and rsp == state["entry"][-1][0] - 8 and \
            fa <= state.get("prev", 0) < fa + fsize:
        state["entry"].pop()
    state["prev"] = addr
    if addr == fa:
        state["entry"].append((rsp + 8,))
    if addr == site: state["pending"] = (rsp, state["entry"][-1][0] if state["entry"] else None)
    if addr == SENT: uc.emu_stop()
mu.hook_add(UC_HOOK_CODE, hook)
try:
    mu.emu_start(ea, SENT + 1)
except UcError as e:
    print("  emulation stopped: %s at %#x" % (e, mu.reg_read(UC_X86_REG_RIP)))
if state["pending"] is not None:
    before, cfa = state["pending"]; state["hits"].append((before, mu.reg_read(UC_X86_REG_RSP), cfa))
print("%s+%#x: reached %d time(s)" % (a.func, a.off, len(state["hits"])))
bad = 0
for k, (before, after, cfa) in enumerate(state["hits"]):
    if a.cfa_off == "same":
        exp = before
        ok = "(redundant: claim holds)" if after == exp else "!= %%rsp before (CLAIM FALSE: not redundant, delta %#x)" % ((after - before) & (2**64 - 1))
    else:
        exp = None if a.cfa_off is None or cfa is None else cfa - a.cfa_off
        ok = "" if exp is None else ("== CFA-%#x (claim holds)" % a.cfa_off if after == exp else "!= CFA-%#x = %#x (CLAIM FALSE)" % (a.cfa_off, exp))
    if exp is not None and after != exp: bad += 1
    if k < 6: print("  rsp before %#x  written %#x  %s" % (before, after, ok))
    elif k == 6: print("  ...")
if bad: print("  => %d of %d executions write a value other than the claimed %s" % (bad, len(state["hits"]), "no-op" if a.cfa_off == "same" else "CFA-%#x" % a.cfa_off))
sys.exit(1 if bad else 0)
