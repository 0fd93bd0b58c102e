#include "head.inc"
	sub $16,%rsp
	mov %rsp,%rdi
	call helper
	pop %rax
	jmp *%rax

#include "tail.inc"
