	.text
.irp name, thunk, call_thunk, jump_thunk, its_thunk
.irp reg, rax, rcx, rdx, rbx, rsi, rdi, rbp, r8, r9, r10, r11, r12, r13, r14, r15
	.globl __x86_indirect_\name\()_\reg
__x86_indirect_\name\()_\reg:
	jmpq *%\reg
.endr
.endr
	.globl __x86_return_thunk
__x86_return_thunk:
	retq
	.globl ext_func
ext_func:
	retq
