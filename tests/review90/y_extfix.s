	.text
	.globl panic
	.type panic,@function
panic:
1:	ud2
	.size panic,.-panic
	.section .fixup,"ax",@progbits
	.globl panic_fix
panic_fix:
2:	ret
	.pushsection __ex_table,"a"
	.balign 4
	.long 1b - .
	.long 2b - .
	.long 1
	.popsection
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
