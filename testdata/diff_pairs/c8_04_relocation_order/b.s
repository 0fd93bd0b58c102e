# Pair c8_04_relocation_order (b.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c8_04_relocation_order/b.o
#
# Truth (per function):
#   f: identical -- same relocations, different order in .rela.text/symtab
#
# f calls foo then bar. A: ordinary calls (relocations in offset order, foo
# first in the symbol table). B: the same bytes with the same two relocations
# written by hand with .reloc in reverse order (bar's entry first in
# .rela.text and bar first in the symbol table). Truth: identical.

	.text
	.globl	f
	.type	f,@function
f:
.Lc1:
	.byte	0xe8, 0, 0, 0, 0
.Lc2:
	.byte	0xe8, 0, 0, 0, 0
	ret
	.size	f, .-f
	.reloc	.Lc2+1, R_X86_64_PLT32, bar-4
	.reloc	.Lc1+1, R_X86_64_PLT32, foo-4
