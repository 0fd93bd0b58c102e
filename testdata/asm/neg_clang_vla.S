# clang-19's own VLA/alloca lowering in a frame-pointer function:
#     mov %rsp,%rdi ; sub %rax,%rdi ; mov %rdi,%rsp
# This IS a "mov %reg,%rsp" whose register started as a copy of %rsp, but
# the value is %rsp minus a run-time size (an allocation, not a restore of
# a saved copy), the function has a frame pointer and restores %rsp from
# %rbp in the epilogue.  Expected not to be reported.
# Verbatim output of
#   clang-19 --target=x86_64-linux-gnu -O2 -mno-red-zone -mcmodel=kernel
#            -fno-pic -ffreestanding -mfunction-return=thunk-extern -S
# for:  void vla_fn(unsigned long n) { char vla[n]; use(vla, n); }
#
# expect: neg_clang_vla none
#
# objtool accepts it (CFA is %rbp-based; it ignores the %rdi arithmetic).

	.text

	.globl	neg_clang_vla
	.p2align 4
	.type	neg_clang_vla,@function
neg_clang_vla:
	pushq	%rbp
	movq	%rsp, %rbp
	movq	%rdi, %rsi
	movq	%rsp, %rdi
	leaq	15(%rsi), %rax
	andq	$-16, %rax
	subq	%rax, %rdi
	movq	%rdi, %rsp
	call	use
	movq	%rbp, %rsp
	popq	%rbp
	jmp	__x86_return_thunk
	.size	neg_clang_vla, .-neg_clang_vla
