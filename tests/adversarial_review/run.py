#!/usr/bin/python3
# usage: run.py OBJ[,OBJ2..] FUNC OFF [reg=val ...] [stub:name=asm;asm]
# links OBJs with auto stubs for undefined symbols (xor eax,eax; ret), runs FUNC,
# prints %rsp before/after each execution of FUNC+OFF, relative to entry rsp.
import sys, subprocess, os, tempfile
from elftools.elf.elffile import ELFFile
from unicorn import *
from unicorn.x86_const import *
objs = sys.argv[1].split(','); fn = sys.argv[2]; offs = [int(x,0) for x in sys.argv[3].split(',')]
regs = {}; stubs = {}
for a in sys.argv[4:]:
    if a.startswith('stub:'):
        n, body = a[5:].split('=',1); stubs[n] = body
    else:
        k, v = a.split('='); regs[k] = int(v,0)
td = tempfile.mkdtemp(dir='/tmp/review7/tmp')
und = set(); defd = set()
for o in objs:
    out = subprocess.run(['llvm-nm-19', o], capture_output=True, text=True).stdout
    for l in out.splitlines():
        p = l.split()
        if len(p) == 2 and p[0] in ('U','w'): und.add(p[1])
        elif len(p) == 3 and p[1] in 'TtWw': defd.add(p[2])
und -= defd
src = '.text\n'
for u in sorted(und | set(stubs)):
    if u in defd: continue
    body = stubs.get(u, 'xor %eax,%eax;ret')
    src += f'.globl {u}\n{u}: ' + body.replace(';', '\n') + '\n'
open(td+'/stubs.S','w').write(src)
subprocess.run(['clang-19','-c','--target=x86_64-linux-gnu',td+'/stubs.S','-o',td+'/stubs.o'], check=True)
subprocess.run(['ld.lld-19','-static','--no-pie','-e',fn,'-Ttext=0x400000','-o',td+'/a.elf']+objs+[td+'/stubs.o'], check=True)
e = ELFFile(open(td+'/a.elf','rb'))
mu = Uc(UC_ARCH_X86, UC_MODE_64)
for seg in e.iter_segments():
    if seg['p_type'] != 'PT_LOAD': continue
    a = seg['p_vaddr'] & ~0xfff; end = (seg['p_vaddr']+seg['p_memsz']+0xfff) & ~0xfff
    try: mu.mem_map(a, end-a)
    except UcError: pass
    mu.mem_write(seg['p_vaddr'], seg.data())
sym = {s.name: s['st_value'] for s in e.get_section_by_name('.symtab').iter_symbols()}
base = sym[fn]
STK = 0x7000000; mu.mem_map(STK-0x100000, 0x200000)
mu.mem_map(0x300000, 0x10000)  # alt stack region
mu.mem_map(0x10000000, 0x1000)  # sentinel
S0 = STK - 0x800
mu.mem_write(S0, (0x10000000).to_bytes(8,'little'))
mu.reg_write(UC_X86_REG_RSP, S0)
R = {'rdi':UC_X86_REG_RDI,'rsi':UC_X86_REG_RSI,'rdx':UC_X86_REG_RDX,'rcx':UC_X86_REG_RCX,'r8':UC_X86_REG_R8,'r9':UC_X86_REG_R9,'rax':UC_X86_REG_RAX,'r11':UC_X86_REG_R11,'r10':UC_X86_REG_R10,'rbx':UC_X86_REG_RBX}
for k,v in regs.items(): mu.reg_write(R[k], v)
targets = {base+o for o in offs}
state = {'prev': None, 'n': 0}
def hook(uc, addr, size, _):
    state['n'] += 1
    if state['n'] > 200000: uc.emu_stop(); print('STEP LIMIT'); return
    if state['prev'] is not None:
        before, pa = state['prev']
        after = uc.reg_read(UC_X86_REG_RSP)
        print(f'restore {fn}+{pa-base:#x}: rsp before = entry{before-S0:+#x}  after = entry{after-S0:+#x} ({after:#x})  delta={after-before:+#x}')
        state['prev'] = None
    if addr in targets:
        state['prev'] = (uc.reg_read(UC_X86_REG_RSP), addr)
mu.hook_add(UC_HOOK_CODE, hook)
try:
    mu.emu_start(base, 0x10000000)
    print('returned; rsp = entry%+#x' % (mu.reg_read(UC_X86_REG_RSP)-S0))
except UcError as ex:
    print('fault:', ex, 'rip=%#x' % mu.reg_read(UC_X86_REG_RIP), 'rsp=%#x' % mu.reg_read(UC_X86_REG_RSP))
