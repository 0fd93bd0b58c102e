.include "victim31.inc"
 leaq f(%rip),%rax
 movq %rax,-16(%rbp)
 call *-16(%rbp)

	addq $32,%rsp
	popq %rbp
	retq
	.size entry,.-entry
