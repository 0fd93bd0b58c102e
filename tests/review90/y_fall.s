	.text
	.globl panic
	.type panic,@function
panic:
	nop
	.size panic,.-panic
	.type foo,@function
foo:
	ret
	.size foo,.-foo
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
	.section .note.GNU-stack,"",@progbits
