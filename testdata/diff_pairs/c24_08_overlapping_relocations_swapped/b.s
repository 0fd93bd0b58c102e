# Pair c24_08_overlapping_relocations_swapped (b.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c24_08_overlapping_relocations_swapped/b.o
# Truth: f changed.
# `movabsq $0,%rax` with an R_X86_64_64 against x at +2 and an R_X86_64_32
# against y at +6: the fields overlap; A lists them in that order, B in the
# other. The linker applies them in order: the later one wins the shared
# bytes.
.text
.globl f
.type f,@function
f: 
1: movabsq $0, %rax
 .reloc 1b+6, R_X86_64_32, y
 .reloc 1b+2, R_X86_64_64, x
 ret
.size f,.-f
