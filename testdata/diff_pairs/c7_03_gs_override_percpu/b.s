# Pair c7_03_gs_override_percpu (b.s); class 7-behaviour-prefixes
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c7_03_gs_override_percpu/b.o
#
# Truth (per function):
#   f: changed -- %gs: override vs none
#
# A: movl %gs:cpu_number,%eax (per-CPU access, gs-relative). B: same
# instruction and relocation (R_X86_64_32S cpu_number) without the 65 prefix,
# i.e. reads the plain address. Only the segment prefix differs.

	.text
	.globl	f
	.type	f,@function
f:
	movl	cpu_number, %eax
	ret
	.size	f, .-f
