# Pair c24_02_static_call_site_from_padding_into_g (a.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c24_02_static_call_site_from_padding_into_g/a.o
# Truth: f identical, g changed.
# A 5-byte static-call site starts in the 3 bytes after f and covers g's
# first 2 bytes. static_call_init() rewrites every site at boot with the
# call its key names: key1 (A) vs key2 (B), so g's first 2 bytes differ.
.text
.globl f, g
.type f,@function
.type g,@function
f: nop
.size f,.-f
1: .byte 0xe8,0,0
g: .byte 0,0
 ret
.size g,.-g
.section .static_call_sites,"aw"
.balign 4
.long 1b - .
.long key1 - .
