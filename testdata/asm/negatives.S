# Ordinary stack-pointer handling that must NOT be reported.
#
# expect: neg_plain none
# expect: neg_fp_mov_rbp none
# expect: neg_fp_leave none
# expect: neg_fp_realign none
# expect: neg_alloca_fp none
# expect: neg_drap_gcc none
# expect: neg_drap_leave none
#
# neg_plain:       push/sub ... add/pop, no copy of %rsp at all.
# neg_fp_mov_rbp:  push %rbp; mov %rsp,%rbp; ...; mov %rbp,%rsp; pop %rbp.
# neg_fp_leave:    push %rbp; mov %rsp,%rbp; ...; leave.
# neg_fp_realign:  frame pointer + and $-32,%rsp, undone by leave
#                  (gcc-12 -O2 output for a 32-byte aligned local).
# neg_alloca_fp:   frame pointer, sub %rax,%rsp (VLA/alloca),
#                  lea -0x8(%rbp),%rsp epilogue.
# neg_drap_gcc:    gcc-12 -O2 -mno-red-zone -mcmodel=kernel output, verbatim
#                  except ret -> jmp __x86_return_thunk, for
#                    void drap_fn(unsigned long n) {
#                        char buf[64] __attribute__((aligned(32)));
#                        char vla[n];
#                        use(buf, n); use(vla, n); }
#                  lea 0x8(%rsp),%r10 ; and $-32,%rsp ; push -0x8(%r10) ;
#                  push %rbp ; mov %rsp,%rbp ; push %r10 ; ... ;
#                  lea -0x10(%rbp),%rsp ; pop %rbx ; pop %r10 ; pop %rbp ;
#                  lea -0x8(%r10),%rsp
#                  Note: %r10 (=%rsp+8) goes through a stack slot (push/pop)
#                  and comes back into %rsp -- it is the DRAP register, not
#                  a spill to report.
# neg_drap_leave:  the other DRAP epilogue listed in objtool's check.c:
#                  mov -0x8(%rbp),%r10 ; ... ; leave ; lea -0x8(%r10),%rsp
#
# objtool accepts all of them.

	.text

	.globl	neg_plain
	.p2align 4
	.type	neg_plain,@function
neg_plain:
	pushq	%rbx
	subq	$0x20, %rsp
	movq	%rdi, %rbx
	movq	%rsp, %rdi
	call	use
	movq	%rbx, %rax
	addq	$0x20, %rsp
	popq	%rbx
	jmp	__x86_return_thunk
	.size	neg_plain, .-neg_plain

	.globl	neg_fp_mov_rbp
	.p2align 4
	.type	neg_fp_mov_rbp,@function
neg_fp_mov_rbp:
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$0x20, %rsp
	movq	%rsp, %rdi
	call	use
	movq	%rbp, %rsp
	popq	%rbp
	jmp	__x86_return_thunk
	.size	neg_fp_mov_rbp, .-neg_fp_mov_rbp

	.globl	neg_fp_leave
	.p2align 4
	.type	neg_fp_leave,@function
neg_fp_leave:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	subq	$0x18, %rsp
	movq	%rsp, %rdi
	call	use
	movq	-0x8(%rbp), %rbx
	leave
	jmp	__x86_return_thunk
	.size	neg_fp_leave, .-neg_fp_leave

	.globl	neg_fp_realign
	.p2align 4
	.type	neg_fp_realign,@function
neg_fp_realign:
	pushq	%rbp
	movq	%rdi, %rsi
	movq	%rsp, %rbp
	andq	$-32, %rsp
	subq	$64, %rsp
	movq	%rsp, %rdi
	call	use
	leave
	jmp	__x86_return_thunk
	.size	neg_fp_realign, .-neg_fp_realign

	.globl	neg_alloca_fp
	.p2align 4
	.type	neg_alloca_fp,@function
neg_alloca_fp:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	subq	$0x8, %rsp
	movq	%rdi, %rbx
	leaq	0xf(%rdi), %rax
	andq	$-16, %rax
	subq	%rax, %rsp
	movq	%rsp, %rdi
	movq	%rbx, %rsi
	call	use
	leaq	-0x8(%rbp), %rsp
	popq	%rbx
	popq	%rbp
	jmp	__x86_return_thunk
	.size	neg_alloca_fp, .-neg_alloca_fp

	.globl	neg_drap_gcc
	.p2align 4
	.type	neg_drap_gcc,@function
neg_drap_gcc:
	leaq	8(%rsp), %r10
	andq	$-32, %rsp
	leaq	15(%rdi), %rax
	movq	%rdi, %rsi
	pushq	-8(%r10)
	andq	$-16, %rax
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%r10
	pushq	%rbx
	movq	%rdi, %rbx
	leaq	-80(%rbp), %rdi
	subq	$64, %rsp
	subq	%rax, %rsp
	call	use
	movq	%rbx, %rsi
	movq	%rsp, %rdi
	call	use
	leaq	-16(%rbp), %rsp
	popq	%rbx
	popq	%r10
	popq	%rbp
	leaq	-8(%r10), %rsp
	jmp	__x86_return_thunk
	.size	neg_drap_gcc, .-neg_drap_gcc

	.globl	neg_drap_leave
	.p2align 4
	.type	neg_drap_leave,@function
neg_drap_leave:
	leaq	0x8(%rsp), %r10
	andq	$-32, %rsp
	pushq	-0x8(%r10)
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%r10
	pushq	%rbx
	subq	$0x30, %rsp
	movq	%rdi, %rbx
	movq	%rsp, %rdi
	call	use
	movq	%rbx, %rax
	movq	-0x8(%rbp), %r10
	movq	-0x10(%rbp), %rbx
	leave
	leaq	-0x8(%r10), %rsp
	jmp	__x86_return_thunk
	.size	neg_drap_leave, .-neg_drap_leave
