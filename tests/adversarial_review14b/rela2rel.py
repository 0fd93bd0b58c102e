#!/usr/bin/python3
# Convert every SHT_RELA section of an ET_REL x86-64 object to SHT_REL (addend stored in place).
import sys,struct
from elftools.elf.elffile import ELFFile
src,dst=sys.argv[1],sys.argv[2]
b=bytearray(open(src,'rb').read())
e=ELFFile(open(src,'rb'))
shoff=e['e_shoff']; shentsize=e['e_shentsize']
shstr=e.get_section(e['e_shstrndx']); newnames=[]
for idx,s in enumerate(e.iter_sections()):
    if s['sh_type']!='SHT_RELA': continue
    tgt=e.get_section(s['sh_info'])
    out=bytearray()
    for r in s.iter_relocations():
        typ=r['r_info_type']; off=r['r_offset']; A=r['r_addend']
        w={1:8,2:4,10:4,11:4,24:8,4:4,9:4,41:4,42:4,12:2,13:2,14:1,15:1}.get(typ)
        p=tgt['sh_offset']+off
        if w: b[p:p+w]=(A&((1<<(8*w))-1)).to_bytes(w,'little')
        out+=struct.pack('<QQ',off,r['r_info'])
    b[s['sh_offset']:s['sh_offset']+len(out)]=out
    h=shoff+idx*shentsize
    struct.pack_into('<I',b,h+4,9)          # sh_type=SHT_REL
    struct.pack_into('<Q',b,h+32,len(out))  # sh_size
    struct.pack_into('<Q',b,h+56,16)        # sh_entsize
    newnames.append((h,s.name.replace('.rela','.rel',1)))
tab=bytearray(shstr.data())
for h,nm in newnames:
    struct.pack_into('<I',b,h,len(tab)); tab+=nm.encode()+b'\0'
off=len(b); b+=tab
h=shoff+e['e_shstrndx']*shentsize
struct.pack_into('<Q',b,h+24,off); struct.pack_into('<Q',b,h+32,len(tab))
open(dst,'wb').write(b)
