#!/usr/bin/env python3
"""e01_rel_section.o from b04_data_pointer_in.o: its `.rela.rodata` rewritten
as a SHT_REL section (16-byte entries, the addend moved into the patched
bytes of `.rodata`), as an x86-64 object never has it but a hostile one may.
The pointer still leads to f+0x3. Run in this directory:
    python3 make_rel.py"""
import struct

data = bytearray(open('b04_data_pointer_in.o', 'rb').read())
shoff, = struct.unpack_from('<Q', data, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3a)
FMT = '<IIQQQQIIQQ'


def header(i):
    return list(struct.unpack_from(FMT, data, shoff + i * shentsize))


def name(i):
    off = header(shstrndx)[4] + header(i)[0]
    return data[off:data.index(b'\0', off)].decode()


rodata = next(i for i in range(shnum) if name(i) == '.rodata')
rela = next(i for i in range(shnum) if name(i) == '.rela.rodata')
h = header(rela)
entries = [struct.unpack_from('<QQq', data, h[4] + 24 * k) for k in range(h[5] // 24)]
for k, (offset, info, addend) in enumerate(entries):
    struct.pack_into('<QQ', data, h[4] + 16 * k, offset, info)
    struct.pack_into('<q', data, header(rodata)[4] + offset, addend)
h[1], h[5], h[9] = 9, 16 * len(entries), 16  # SHT_REL, size, entsize
struct.pack_into(FMT, data, shoff + rela * shentsize, *h)
open('e01_rel_section.o', 'wb').write(data)
