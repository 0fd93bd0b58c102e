#!/usr/bin/env python3
"""Give an ELF64 object's .text a second, empty SHT_RELA section.

    add_relocation_section.py IN.o OUT.o

The section header table is copied to the end of the file with one more
header: a copy of `.rela.text`'s (same name, same sh_info) with sh_size 0.
"""
import struct
import sys

data = bytearray(open(sys.argv[1], "rb").read())
e_shoff, = struct.unpack_from("<Q", data, 0x28)
e_shentsize, e_shnum, e_shstrndx = struct.unpack_from("<HHH", data, 0x3A)
headers = [bytes(data[e_shoff + i * e_shentsize:e_shoff + (i + 1) * e_shentsize]) for i in range(e_shnum)]
strtab_off, = struct.unpack_from("<Q", headers[e_shstrndx], 0x18)


def name(h):
    off, = struct.unpack_from("<I", h, 0)
    end = data.index(b"\0", strtab_off + off)
    return data[strtab_off + off:end].decode()


rela = next(h for h in headers if name(h) == ".rela.text")
extra = bytearray(rela)
struct.pack_into("<Q", extra, 0x20, 0)  # sh_size
while len(data) % 8:
    data.append(0)
new_shoff = len(data)
for h in headers:
    data += h
data += extra
struct.pack_into("<Q", data, 0x28, new_shoff)
struct.pack_into("<H", data, 0x3C, e_shnum + 1)
open(sys.argv[2], "wb").write(data)
