# Pair c24_01_jump_label_site_from_padding_into_g (b.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c24_01_jump_label_site_from_padding_into_g/b.o
# Truth: f identical, g changed.
# A 5-byte jump-label NOP starts in the 2 padding bytes after f and covers
# g's first 3 bytes. When the key flips, the kernel writes `e9 rel32` there:
# g's first bytes are the jump's displacement to ext1 (A) vs ext2 (B).
.text
.globl f, g
.type f,@function
.type g,@function
f: ret
.size f,.-f
1: .byte 0x0f,0x1f
g: .byte 0x44,0x00,0x00
 ret
.size g,.-g
.section __jump_table,"aw"
.balign 8
.long 1b - .
.long ext2 - .
.quad key - .
