# Pair c24_06_endbr_seal_across_functions (a.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c24_06_endbr_seal_across_functions/a.o
# Truth: f changed, g changed.
# `endbr64` split over f's end (`f3 0f | 1e fa`); the .ibt_endbr_seal entry
# is in A only: apply_seal_endbr() overwrites all 4 bytes in A only.
.text
.globl f, g
.type f,@function
.type g,@function
f: nop
1: .byte 0xf3,0x0f
.size f,.-f
g: .byte 0x1e,0xfa
 ret
.size g,.-g
.section .ibt_endbr_seal,"a"
.balign 4
.long 1b - .
