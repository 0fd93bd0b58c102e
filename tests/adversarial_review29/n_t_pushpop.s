.include "victim31.inc"
 leaq f(%rip),%rax
 pushq %rax
 popq %rcx
 addq $0x10,%rcx
 movq %rcx,%r11
 call __x86_indirect_thunk_r11

	addq $32,%rsp
	popq %rbp
	retq
	.size entry,.-entry
