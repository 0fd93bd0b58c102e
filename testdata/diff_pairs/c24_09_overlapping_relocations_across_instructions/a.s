# Pair c24_09_overlapping_relocations_across_instructions (a.s); class 24-patched-across-edges-2 (blind review 59, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c24_09_overlapping_relocations_across_instructions/a.o
# Truth: f changed.
# An R_X86_64_64 field starts in one `mov` and runs into the next, which has
# an R_X86_64_32 of its own; the order is swapped between A and B.
.text
.globl f
.type f,@function
f: 
1: movl $0, %eax
2: movl $0, %ecx
 .reloc 1b+1, R_X86_64_64, x
 .reloc 2b, R_X86_64_32, y
 ret
.size f,.-f
