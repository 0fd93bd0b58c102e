# y_extfix with its entry in a second __ex_table section (the first
# lists another place): the kernel's link joins them.
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
	.section __ex_table,"a",@progbits,unique,1
	.balign 4
	.long panic_fix - .
	.long panic_fix - .
	.long 1
	.section __ex_table,"a",@progbits,unique,2
	.balign 4
	.long 1b - .
	.long 2b - .
	.long 1
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
