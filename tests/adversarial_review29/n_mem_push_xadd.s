.include "victim31.inc"
 leaq f(%rip),%rcx
 pushq %rcx
 movl $0x10,%edx
 xaddq %rdx,(%rsp)
 retq

	addq $32,%rsp
	popq %rbp
	retq
	.size entry,.-entry
