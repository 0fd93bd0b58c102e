# Pair c32_01_text_startup (a.s); class 32-sections-placed-by-name (blind review 123, session 50)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c32_01_text_startup/a.o
# startup is in .text in a.s and in .text.startup in b.s. The kernel's
# linker script puts .text.startup in init text (vmlinux.lds.h INIT_TEXT),
# which free_initmem() poisons with 0xcc and frees after boot: caller's
# jump through ops reaches startup in a, freed memory in b. The section is
# named after the function, but it is no -ffunction-sections section.
	.text
	.globl caller
	.type caller,@function
caller:
	jmp *ops(%rip)
	.size caller,.-caller
	.section .text,"ax",@progbits
	.p2align 2
	.type startup,@function
startup:
	movl $1,%eax
	ret
	.size startup,.-startup
	.data
	.p2align 3
	.type ops,@object
ops:	.quad startup
	.size ops,8
