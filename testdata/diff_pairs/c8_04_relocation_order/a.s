# Pair c8_04_relocation_order (a.s); class 8-noise
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c8_04_relocation_order/a.o
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
	call	foo
	call	bar
	ret
	.size	f, .-f
