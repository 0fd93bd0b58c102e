# Pair c24_10_overlapping_relocations_in_replacement (a.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c24_10_overlapping_relocations_in_replacement/a.o
# Truth: f changed.
# The same swap of overlapping relocations inside f's .altinstr_replacement.
.text
.globl f
.type f,@function
f: 
1: .byte 0x0f,0x1f,0x80,0,0,0,0,0,0,0
2: ret
.size f,.-f
.section .altinstr_replacement,"ax"
3: movabsq $0, %rax
 .reloc 3b+2, R_X86_64_64, x
 .reloc 3b+6, R_X86_64_32, y
4:
.section .altinstructions,"a"
.long 1b - .
.long 3b - .
.long 0x10
.byte 2b-1b
.byte 4b-3b
