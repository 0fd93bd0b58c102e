#include "../review84_open/head.inc"
	sub $16,%rsp
	mov %rsp,%rsi
	lea slot2(%rip),%rdi
	movsq
	add $16,%rsp
	jmp *slot2(%rip)
	.data
slot2: .quad 0
	.text

#include "../review84_open/tail.inc"
