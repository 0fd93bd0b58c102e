# Pair c24_05_static_call_site_across_functions (a.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c24_05_static_call_site_across_functions/a.o
# Truth: f changed, g changed.
# A static-call site crossing from f into g; key1 (A) vs key2 (B).
.text
.globl f, g
.type f,@function
.type g,@function
f: nop
1: .byte 0xe8,0,0
.size f,.-f
g: .byte 0,0
 ret
.size g,.-g
.section .static_call_sites,"aw"
.balign 4
.long 1b - .
.long key1 - .
