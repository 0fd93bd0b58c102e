#include "../review84_open/head.inc"
	call lget
	jmp *%rax
lget:
	sub $8,%rsp
	mov (%rsp),%rax
	add $8,%rsp
	ret

#include "../review84_open/tail.inc"
