# Pair c25_11_C_asm_goto_stub_with_alternative (b.s); class 25-tables-on-code-reached-outside (blind review 60, session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c25_11_C_asm_goto_stub_with_alternative/b.o
# Truth: f changed.
# From C (a.c/b.c of the review, built with clang-19 -O2 -mcmodel=kernel
# -fno-pic -mno-red-zone -ffreestanding -fno-asynchronous-unwind-tables;
# this is its clang-19 -S output): asm goto jumps to an out-of-line stub in
# .text.unlikely holding ALTERNATIVE("movl $1,%eax", "movl $2,%eax" (A) /
# "movl $3,%eax" (B), 0x75).
	.text
	.file	"b.c"
	.globl	f                               # -- Begin function f
	.p2align	4, 0x90
	.type	f,@function
f:                                      # @f
# %bb.0:
	xorl	%ecx, %ecx
	#APP
	testl	%edi, %edi
	jne	.Ltmp0
	.section	.text.unlikely,"ax",@progbits
.Ltmp0:
.Ltmp1:
	movl	$1, %eax
.Ltmp2:
	.section	.altinstructions,"a",@progbits
.Ltmp3:
	.long	.Ltmp1-.Ltmp3
.Ltmp5:
	.long	.Ltmp4-.Ltmp5
	.long	117
	.byte	.Ltmp2-.Ltmp1
	.byte	.Ltmp6-.Ltmp4
	.section	.text.unlikely,"ax",@progbits

	.section	.altinstr_replacement,"ax",@progbits
.Ltmp4:
	movl	$3, %eax
.Ltmp6:
	.section	.text.unlikely,"ax",@progbits


	jmp	.LBB0_1
	.text


	#NO_APP
# %bb.2:
	movl	%ecx, %eax
	retq
.LBB0_1:                                # Block address taken
                                        # Label of block must be emitted
	movl	%eax, %ecx
	movl	%ecx, %eax
	retq
.Lfunc_end0:
	.size	f, .Lfunc_end0-f
                                        # -- End function
	.ident	"Debian clang version 19.1.7 (3~deb12u1)"
	.section	".note.GNU-stack","",@progbits
	.addrsig
