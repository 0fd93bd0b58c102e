#include "../review84_open/head.inc"
	sub $16,%rsp
	popq buf(%rip)
	jmp *buf(%rip)
	.data
buf: .quad 0
	.text

#include "../review84_open/tail.inc"
