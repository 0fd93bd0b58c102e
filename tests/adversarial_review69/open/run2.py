import sys, struct
from unicorn import *
from unicorn.x86_const import *
from elftools.elf.elffile import ELFFile
# run2.py elf func restore_off entry  reg=expr ... (expr may use SP = entry rsp)
path, func, off, entry = sys.argv[1], sys.argv[2], int(sys.argv[3],0), sys.argv[4]
ef = ELFFile(open(path,'rb'))
syms = {s.name:s['st_value'] for s in ef.get_section_by_name('.symtab').iter_symbols()}
restore = syms[func]+off
mu = Uc(UC_ARCH_X86, UC_MODE_64)
for seg in ef.iter_segments():
    if seg['p_type']!='PT_LOAD': continue
    va=seg['p_vaddr']&~0xfff; end=(seg['p_vaddr']+seg['p_memsz']+0xfff)&~0xfff
    try: mu.mem_map(va,end-va)
    except UcError: pass
    mu.mem_write(seg['p_vaddr'], seg.data())
STK=0x7ff00000; mu.mem_map(STK-0x100000,0x200000)
RET=0x60000000; mu.mem_map(RET,0x1000); mu.mem_write(RET,b'\xf4')
SP=STK-0x8000
mu.mem_write(SP, struct.pack('<Q',RET)); mu.reg_write(UC_X86_REG_RSP, SP)
env={'SP':SP, **syms}
for a in sys.argv[5:]:
    r,e=a.split('=',1)
    if r.startswith('mem['):
        mu.mem_write(eval(r[4:-1],env), struct.pack('<Q',eval(e,env)&(2**64-1)))
    else:
        mu.reg_write(getattr(unicorn.x86_const,'UC_X86_REG_'+r.upper()), eval(e,env)&(2**64-1))
st={'pend':None,'res':[]}
def hook(mu,a,size,ud):
    if st['pend'] is not None:
        st['res'].append((hex(st['pend']),hex(mu.reg_read(UC_X86_REG_RSP)),mu.reg_read(UC_X86_REG_RSP)-st['pend'])); st['pend']=None
    if a==restore: st['pend']=mu.reg_read(UC_X86_REG_RSP)
mu.hook_add(UC_HOOK_CODE, hook)
ent = syms[entry] if entry in syms else int(entry,0)
try: mu.emu_start(ent, RET, count=100000)
except UcError as e: print('stopped:',e, 'at', hex(mu.reg_read(UC_X86_REG_RIP)))
if st['pend'] is not None: st['res'].append((hex(st['pend']),hex(mu.reg_read(UC_X86_REG_RSP)),mu.reg_read(UC_X86_REG_RSP)-st['pend']))
print('restore at',hex(restore),'rsp before/after/delta:',st['res'])
