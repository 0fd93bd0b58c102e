	.text
	.file	"abi_probe.c"
	.globl	bi128_3                         # -- Begin function bi128_3
	.p2align	4, 0x90
	.type	bi128_3,@function
bi128_3:                                # @bi128_3
	.cfi_startproc
# %bb.0:
	pushq	%r14
	.cfi_def_cfa_offset 16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	pushq	%rax
	.cfi_def_cfa_offset 32
	.cfi_offset %rbx, -24
	.cfi_offset %r14, -16
	movq	%r8, %rbx
	movq	%rdx, %r14
	callq	use@PLT
	movq	%r14, %rdi
	callq	use@PLT
	movq	%rbx, %rdi
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	jmp	use@PLT                         # TAILCALL
.Lfunc_end0:
	.size	bi128_3, .Lfunc_end0-bi128_3
	.cfi_endproc
                                        # -- End function
	.globl	bi65_3                          # -- Begin function bi65_3
	.p2align	4, 0x90
	.type	bi65_3,@function
bi65_3:                                 # @bi65_3
	.cfi_startproc
# %bb.0:
	pushq	%r14
	.cfi_def_cfa_offset 16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	pushq	%rax
	.cfi_def_cfa_offset 32
	.cfi_offset %rbx, -24
	.cfi_offset %r14, -16
	movq	%r8, %rbx
	movq	%rdx, %r14
	callq	use@PLT
	movq	%r14, %rdi
	callq	use@PLT
	movq	%rbx, %rdi
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	jmp	use@PLT                         # TAILCALL
.Lfunc_end1:
	.size	bi65_3, .Lfunc_end1-bi65_3
	.cfi_endproc
                                        # -- End function
	.globl	ret_bi128                       # -- Begin function ret_bi128
	.p2align	4, 0x90
	.type	ret_bi128,@function
ret_bi128:                              # @ret_bi128
	.cfi_startproc
# %bb.0:
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset %rbx, -16
	movq	%rdi, %rbx
	movq	%r9, %rdi
	callq	use@PLT
	movq	%rbx, %rdx
	sarq	$63, %rdx
	movq	%rbx, %rax
	popq	%rbx
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end2:
	.size	ret_bi128, .Lfunc_end2-ret_bi128
	.cfi_endproc
                                        # -- End function
	.globl	ubi64x6                         # -- Begin function ubi64x6
	.p2align	4, 0x90
	.type	ubi64x6,@function
ubi64x6:                                # @ubi64x6
	.cfi_startproc
# %bb.0:
	movq	%r9, %rdi
	jmp	use@PLT                         # TAILCALL
.Lfunc_end3:
	.size	ubi64x6, .Lfunc_end3-ubi64x6
	.cfi_endproc
                                        # -- End function
	.globl	ret_bi129                       # -- Begin function ret_bi129
	.p2align	4, 0x90
	.type	ret_bi129,@function
ret_bi129:                              # @ret_bi129
	.cfi_startproc
# %bb.0:
	pushq	%r14
	.cfi_def_cfa_offset 16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	pushq	%rax
	.cfi_def_cfa_offset 32
	.cfi_offset %rbx, -24
	.cfi_offset %r14, -16
	movq	%rsi, %rbx
	movq	%rdi, %r14
	movq	32(%rsp), %rdi
	callq	use@PLT
	movq	%rbx, %rax
	sarq	$63, %rax
	movq	%rax, 8(%r14)
	movq	%rbx, (%r14)
	movq	%rax, 16(%r14)
	movq	%r14, %rax
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	retq
.Lfunc_end4:
	.size	ret_bi129, .Lfunc_end4-ret_bi129
	.cfi_endproc
                                        # -- End function
	.ident	"Debian clang version 19.1.7 (3~deb12u1)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
