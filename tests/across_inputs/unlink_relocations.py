#!/usr/bin/env python3
"""Point an ELF64 object's .rela.text at section 0 for its symbols.

    unlink_relocations.py IN.o OUT.o

ld.lld and objtool ignore sh_link and read the relocations; rspill does not
read them (refers_unread.o: refers.o so changed).
"""
import struct
import sys

data = bytearray(open(sys.argv[1], "rb").read())
e_shoff, = struct.unpack_from("<Q", data, 0x28)
e_shentsize, e_shnum, e_shstrndx = struct.unpack_from("<HHH", data, 0x3A)
strtab_off, = struct.unpack_from("<Q", data, e_shoff + e_shstrndx * e_shentsize + 0x18)
for i in range(e_shnum):
    h = e_shoff + i * e_shentsize
    off, = struct.unpack_from("<I", data, h)
    name = data[strtab_off + off:data.index(b"\0", strtab_off + off)].decode()
    if name == ".rela.text":
        struct.pack_into("<I", data, h + 0x28, 0)  # sh_link
open(sys.argv[2], "wb").write(data)
