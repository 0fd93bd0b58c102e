#include "head.inc"
	call lget
	jmp *%rax
lget:
	sub $8,%rsp
	mov (%rsp),%rax
	add $8,%rsp
	ret

#include "tail.inc"
