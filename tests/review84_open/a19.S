#include "head.inc"
	sub $24,%rsp
	movq $0,(%rsp)
	mov (%rsp,%rdi,8),%rax
	add $24,%rsp
	jmp *%rax

#include "tail.inc"
