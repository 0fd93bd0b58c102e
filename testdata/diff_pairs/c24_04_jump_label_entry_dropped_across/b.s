# Pair c24_04_jump_label_entry_dropped_across (b.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c24_04_jump_label_entry_dropped_across/b.o
# Truth: f changed, g changed.
# The same crossing jump-label site; its entry is in A only.
.text
.globl f, g
.type f,@function
.type g,@function
f: 
2: nop
1: .byte 0x0f,0x1f,0x44
.size f,.-f
g: .byte 0x00,0x00
 ret
.size g,.-g
