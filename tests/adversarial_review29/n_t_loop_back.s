.include "victim31.inc"
 xorl %ecx,%ecx
 xorl %edx,%edx
.Ll:
 testl %ecx,%ecx
 jz .Ls
 addq $0x10,%rdx
 movq %rdx,%r11
 call __x86_indirect_thunk_r11
.Ls:
 leaq f(%rip),%rdx
 incl %ecx
 jmp .Ll

	addq $32,%rsp
	popq %rbp
	retq
	.size entry,.-entry
