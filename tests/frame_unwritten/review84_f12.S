#include "../review84_open/head.inc"
	sub $16,%rsp
	mov %rsp,%rdi
	mov %rdi,%rsi
	call lh
	pop %rax
	jmp *%rax
lh:
	movsq
	ret

#include "../review84_open/tail.inc"
