	.text
	.globl panic
	.type panic,@function
panic:
	call helper
	ud2
	.size panic,.-panic
	.type helper,@function
helper:
	add $8,%rsp
	ret
	.size helper,.-helper
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
