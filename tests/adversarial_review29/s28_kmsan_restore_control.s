# Control (session 28): KMSAN's construct in a function that calls through a
# register (so every value is followed along its paths): %rsp copied, kept in
# a slot named through %rbp, a 4-byte store beside it, written back from the
# slot; the epilogue pops %rbp. %rsp is where it was at entry at `ret`, and
# the return slot was never written: the restore is a no-op, the claim stands.
	.text
	.globl f
	.type f,@function
	.p2align 4
f:
	push %rbp
	mov %rsp,%rbp
	push %rbx
	sub $0x28,%rsp
	mov (%rdi),%r11
	call __x86_indirect_thunk_r11
	mov %rsp,%rax
	mov %rax,-0x18(%rbp)
	movl $3,-0x20(%rbp)
	mov -0x18(%rbp),%rcx
	mov %rcx,%rsp
	add $0x28,%rsp
	pop %rbx
	pop %rbp
	ret
	.size f,.-f
