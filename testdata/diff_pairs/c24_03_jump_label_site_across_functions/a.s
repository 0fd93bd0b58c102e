# Pair c24_03_jump_label_site_across_functions (a.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c24_03_jump_label_site_across_functions/a.o
# Truth: f changed, g changed.
# A jump-label site: 3 bytes in f, 2 in g; the target is ext1 (A) vs ext2
# (B).
.text
.globl f, g
.type f,@function
.type g,@function
f: nop
1: .byte 0x0f,0x1f,0x44
.size f,.-f
g: .byte 0x00,0x00
 ret
.size g,.-g
.section __jump_table,"aw"
.balign 8
.long 1b - .
.long ext1 - .
.quad key - .
