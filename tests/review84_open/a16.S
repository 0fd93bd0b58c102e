#include "head.inc"
	sub %rdi,%rsp
	pop %rax
	jmp *%rax

#include "tail.inc"
