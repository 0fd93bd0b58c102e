# Pair c24_11_overlapping_relocations_in_jump_table (b.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c24_11_overlapping_relocations_in_jump_table/b.o
# Truth: f changed.
# f's __jump_table entry has two R_X86_64_PC64 (target at +4, key at +8,
# overlapping) applied in swapped order.
.text
.globl f
.type f,@function
f: 
1: .byte 0x0f,0x1f,0x44,0x00,0x00
2: ret
3: ret
.size f,.-f
.section __jump_table,"aw"
.balign 8
4: .long 1b - .
.long 0
.quad 0
 .reloc 4b+8, R_X86_64_PC64, key+8
 .reloc 4b+4, R_X86_64_PC64, 2b+4
