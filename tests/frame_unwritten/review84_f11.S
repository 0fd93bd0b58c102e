#include "../review84_open/head.inc"
	sub $16,%rsp
	mov %rsp,%rdi
	call lh
	pop %rax
	jmp *%rax
lh:
	mov (%rdi),%rax
	mov %rax,(%rdi)
	ret

#include "../review84_open/tail.inc"
