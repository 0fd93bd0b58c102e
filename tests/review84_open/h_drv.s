	.text
	.globl drv
	.type drv,@function
drv:
	call victim
	call jumper
	ret
	.size drv,.-drv
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
