#include "../review84_open/head.inc"
	sub $16,%rsp
	mov (%rsp),%rax
	add $16,%rsp
	mov %rax,%rdi
	call lh
	ret
lh:
	push %rdi
	ret

#include "../review84_open/tail.inc"
