# ELF edits no assembler makes, for diff pairs (blind review 58): split a
# relocation section in two headers, reverse its entries, or turn RELA into SHT_REL.
import sys, struct, json
# usage: elfedit.py obj split RELANAME K   -> split rela section into two headers (first K entries, rest), same name & sh_info
#        elfedit.py obj reverse RELANAME   -> reverse order of entries
def load(f):
    b=bytearray(open(f,'rb').read())
    shoff,=struct.unpack_from('<Q',b,0x28); shentsize,shnum,shstrndx=struct.unpack_from('<HHH',b,0x3a)
    secs=[list(struct.unpack_from('<IIQQQQIIQQ',b,shoff+i*64)) for i in range(shnum)]
    shs=secs[shstrndx]
    name=lambda s: bytes(b[shs[4]+s[0]:b.index(0,shs[4]+s[0])]).decode()
    return b,secs,name
#        elfedit.py obj localabs SYM VALUE -> the undefined global SYM becomes a local
#                                           SHN_ABS symbol of that value (blind review 105)
f=sys.argv[1]; op=sys.argv[2]; rn=sys.argv[3]
b,secs,name=load(f)
if op=="localabs":
    st=[s for s in secs if s[1]==2][0]; strtab=secs[st[6]]
    syms=[list(struct.unpack_from('<IBBHQQ',b,st[4]+24*i)) for i in range(st[5]//24)]
    sname=lambda e: bytes(b[strtab[4]+e[0]:b.index(0,strtab[4]+e[0])]).decode()
    i=[k for k,e in enumerate(syms) if sname(e)==rn][0]; g=st[7]
    syms[i],syms[g]=syms[g],syms[i]
    syms[g][1]=0; syms[g][3]=0xfff1; syms[g][4]=int(sys.argv[4],0)
    for k,e in enumerate(syms): struct.pack_into('<IBBHQQ',b,st[4]+24*k,*e)
    st[7]=g+1
    for s in secs:
        if s[1]!=4: continue
        for k in range(s[5]//24):
            off,info,add=struct.unpack_from('<QQq',b,s[4]+24*k); x=info>>32; x={i:g,g:i}.get(x,x)
            struct.pack_into('<QQq',b,s[4]+24*k,off,(x<<32)|(info&0xffffffff),add)
    shoff,=struct.unpack_from('<Q',b,0x28)
    for k,x in enumerate(secs): struct.pack_into('<IIQQQQIIQQ',b,shoff+k*64,*x)
    open(f,'wb').write(b); sys.exit(0)
idx=[i for i,s in enumerate(secs) if name(s)==rn][0]
s=secs[idx]
n=s[5]//24
ents=[bytes(b[s[4]+24*i:s[4]+24*i+24]) for i in range(n)]
if op=="reverse":
    for i,e in enumerate(reversed(ents)): b[s[4]+24*i:s[4]+24*i+24]=e
elif op=="split":
    k=int(sys.argv[4])
    new=list(s); new[4]=s[4]+24*k; new[5]=s[5]-24*k
    s[5]=24*k
    secs.append(new)
    b=b[:]
    while len(b)%8: b.append(0)
    shoff=len(b)
    for x in secs: b+=struct.pack('<IIQQQQIIQQ',*x)
    struct.pack_into('<Q',b,0x28,shoff); struct.pack_into('<H',b,0x3c,len(secs))
open(f,'wb').write(b)
if op=="torel":
    # convert RELA section rn into REL with addends stored in target section bytes
    tgt=secs[s[7]]
    for i,e in enumerate(ents):
        off,info,add=struct.unpack('<QQq',e)
        t=info&0xffffffff
        if t in (1,): struct.pack_into('<q',b,tgt[4]+off,add)
        elif t in (2,4,10,11): struct.pack_into('<i',b,tgt[4]+off,add)
        elif t==14: struct.pack_into('<b',b,tgt[4]+off,add)
        b[s[4]+16*i:s[4]+16*i+16]=struct.pack('<QQ',off,info)
    s[1]=9; s[9]=16; s[5]=16*n
    shoff,=struct.unpack_from('<Q',b,0x28)
    for i,x in enumerate(secs): struct.pack_into('<IIQQQQIIQQ',b,shoff+i*64,*x)
    open(f,'wb').write(b)
