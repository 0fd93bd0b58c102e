#include "head.inc"
	sub $16,%rsp
	mov %rsp,%rdi
	call lhelp
	pop %rax
	jmp *%rax
lhelp:
	ret

#include "tail.inc"
