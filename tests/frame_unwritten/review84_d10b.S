#include "../review84_open/victim.inc"
	.globl drv
	.type drv,@function
drv:
	sub $64,%rsp
	call victim
	add $64,%rsp
	call jumper
	ret
	.size drv,.-drv
	.globl jumper
	.type jumper,@function
jumper:
	xor %ebx,%ebx
	sub $64,%rsp
	mov %rsp,%rdi
	call lrd
	add $64,%rsp
	ret
lrd:
	mov -16(%rdi),%rax
	jmp *%rax

#include "../review84_open/tail.inc"
