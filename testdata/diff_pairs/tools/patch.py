# Rename symbols in .strtab (same length), for diff pairs (blind review 58).
import sys, json, struct
# usage: patch.py obj patch.json : replace names in .strtab (same length)
f=sys.argv[1]; pats=json.load(open(sys.argv[2])); b=bytearray(open(f,'rb').read())
shoff,=struct.unpack_from('<Q',b,0x28); shentsize,shnum,shstrndx=struct.unpack_from('<HHH',b,0x3a)
secs=[struct.unpack_from('<IIQQQQIIQQ',b,shoff+i*shentsize) for i in range(shnum)]
strtab_sec=None
for s in secs:
    if s[1]==2: strtab_sec=secs[s[6]]
off,size=strtab_sec[4],strtab_sec[5]
for o,n in pats:
    assert len(o)==len(n)
    seg=bytes(b[off:off+size]); i=seg.find(o.encode()+b'\0')
    if i>=0: b[off+i:off+i+len(o)]=n.encode()
open(f,'wb').write(b)
