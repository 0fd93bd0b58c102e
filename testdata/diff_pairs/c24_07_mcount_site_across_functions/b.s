# Pair c24_07_mcount_site_across_functions (b.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c24_07_mcount_site_across_functions/b.o
# Truth: f changed, g changed.
# A 5-byte __mcount_loc site crossing into g, listed in A only: ftrace
# patches g's first bytes in A only.
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
