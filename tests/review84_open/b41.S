#include "head.inc"
	sub $16,%rsp
	mov %rsp,%rdi
	call lwr
	pop %rax
	jmp *%rax
lwr:
	movq $0,8(%rdi)
	ret

#include "tail.inc"
