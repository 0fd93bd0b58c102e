#include "../review82_open/below_stack/victim_and_drv.inc"
	ret
	.size drv,.-drv
	.globl pusher
	.type pusher,@function
pusher:
	push %rbx
	mov (%rdi),%rbx
	push $target
	push %rdi
	call ext2
	add $16,%rsp
	call *%rbx
	pop %rbx
	ret
	.size pusher,.-pusher
	.globl target
	.type target,@function
target:
	ret
	.size target,.-target
	.section .comment,"MS",@progbits,1
	.asciz "clang version 19.1.7"
