// r2_values.S -- round 2, class 2/3: values of the copy.  32-bit cmov/xchg,
// shift counts that the CPU masks (shl $64 = shl $0), sbb idioms that depend
// on CF, the direction flag through pushf/popf, rep movsq into the slot,
// BMI2 ops with out-of-range counts, and honest rows where the value is S
// computed in a roundabout way.  S := %rsp after PRO; slot 0x18 unless said.
#include "adv.h"

// TRUTH v_cmov32_false broken - 2-values xor sets ZF so cmovne %eax,%ecx does not move, but a 32-bit cmov always zero-extends rcx: low half of S
FUNC(v_cmov32_false)
	PRO
	movq	%rsp, %rcx
	xorl	%eax, %eax
	cmovnel	%eax, %ecx
R(v_cmov32_false)
	movq	%rcx, %rsp
	EPI
ENDF(v_cmov32_false)

// TRUTH v_xchg32 broken - 2-values xchg %eax,%ecx between two copies of S: both zero-extended to the low half
FUNC(v_xchg32)
	PRO
	movq	%rsp, %rcx
	movq	%rsp, %rax
	xchgl	%eax, %ecx
R(v_xchg32)
	movq	%rcx, %rsp
	EPI
ENDF(v_xchg32)

// TRUTH v_lea_zero redundant - 2-values lea (%rax,%rbx),%rcx with rax = S and rbx = 0 (xor %ebx,%ebx)
FUNC(v_lea_zero)
	PRO
	movq	%rsp, %rax
	xorl	%ebx, %ebx
	leaq	(%rax,%rbx), %rcx
R(v_lea_zero)
	movq	%rcx, %rsp
	EPI
ENDF(v_lea_zero)

// v_shl64: shl $64 is a shift by 0 (the count is masked to 6 bits): rbx
// stays 8, so rax = S-8.
// TRUTH v_shl64 delta -8 2-values mov $8,%ebx; shl $64,%rbx (count masked to 0: rbx = 8); sub %rbx,%rax: S-8
FUNC(v_shl64)
	PRO
	movq	%rsp, %rax
	movl	$8, %ebx
	.byte	0x48, 0xc1, 0xe3, 0x40		/* shlq $0x40, %rbx */
	subq	%rbx, %rax
R(v_shl64)
	movq	%rax, %rsp
	addq	$8, %rsp
	EPI
ENDF(v_shl64)

// TRUTH v_shr65 delta 8 2-values mov $16,%ebx; shr $65,%rbx (count masked to 1: rbx = 8); lea (%rax,%rbx): S+8
FUNC(v_shr65)
	PRO
	movq	%rsp, %rax
	movl	$16, %ebx
	.byte	0x48, 0xc1, 0xeb, 0x41		/* shrq $0x41, %rbx */
	leaq	(%rax,%rbx), %rcx
R(v_shr65)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(v_shr65)

// TRUTH v_xor_add redundant - 2-values xor %eax,%eax; add %rsp,%rax: S
FUNC(v_xor_add)
	PRO
	xorl	%eax, %eax
	addq	%rsp, %rax
R(v_xor_add)
	movq	%rax, %rsp
	EPI
ENDF(v_xor_add)

// TRUTH v_sbb_cmp broken - 2-values cmp %rsi,%rdi; sbb %rax,%rax; and $8: rax = 0 or 8 (CF from the arguments); rcx = S or S+8
FUNC(v_sbb_cmp)
	PRO
	movq	%rsp, %rcx
	cmpq	%rsi, %rdi
	sbbq	%rax, %rax
	andq	$8, %rax
	addq	%rax, %rcx
R(v_sbb_cmp)
	movq	%rcx, %rsp
	EPI
ENDF(v_sbb_cmp)

// TRUTH v_sbb_clc redundant - 2-values clc; sbb %rax,%rax = 0; add %rax,%rcx: S
FUNC(v_sbb_clc)
	PRO
	movq	%rsp, %rcx
	clc
	sbbq	%rax, %rax
	addq	%rax, %rcx
R(v_sbb_clc)
	movq	%rcx, %rsp
	EPI
ENDF(v_sbb_clc)

// TRUTH v_sbb_stc delta 8 2-values stc; sbb %rax,%rax = -1 (not the zero idiom); and $8 -> 8; rcx = S+8
FUNC(v_sbb_stc)
	PRO
	movq	%rsp, %rcx
	stc
	sbbq	%rax, %rax
	andq	$8, %rax
	addq	%rax, %rcx
R(v_sbb_stc)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(v_sbb_stc)

// v_popf_df: pushq $0x402; popfq sets DF; rep stosq (rcx=2) from 0x20 goes
// DOWN: writes 0x20 and 0x18 (the slot).
// TRUTH v_popf_df broken - 3-string popfq of 0x402 sets DF; rep stosq x2 from 0x20 writes 0x20 and 0x18 (the slot) with 0
FUNC(v_popf_df)
	PRO
	movq	%rsp, 0x18(%rsp)
	pushq	$0x402
	popfq
	leaq	0x20(%rsp), %rdi
	movl	$2, %ecx
	xorl	%eax, %eax
	rep stosq
	cld
	movq	0x18(%rsp), %rcx
R(v_popf_df)
	movq	%rcx, %rsp
	EPI
ENDF(v_popf_df)

// v_pushf_std_popf: std; pushfq; cld; popfq -> DF = 1 again (restored from
// the saved flags): the stosq goes down over the slot.
// TRUTH v_std_pushf_popf broken - 3-string std; pushfq; cld; popfq leaves DF=1; rep stosq x2 from 0x20 writes 0x20 and 0x18 (the slot)
FUNC(v_std_pushf_popf)
	PRO
	movq	%rsp, 0x18(%rsp)
	std
	pushfq
	cld
	popfq
	leaq	0x20(%rsp), %rdi
	movl	$2, %ecx
	xorl	%eax, %eax
	rep stosq
	cld
	movq	0x18(%rsp), %rcx
R(v_std_pushf_popf)
	movq	%rcx, %rsp
	EPI
ENDF(v_std_pushf_popf)

// TRUTH v_pushf_std_popf redundant - 3-string pushfq; std; popfq restores DF=0 (clear at entry); rep stosq x2 from 0x8 writes 0x8,0x10 only
FUNC(v_pushf_std_popf)
	PRO
	movq	%rsp, 0x18(%rsp)
	pushfq
	std
	popfq
	leaq	0x8(%rsp), %rdi
	movl	$2, %ecx
	xorl	%eax, %eax
	rep stosq
	movq	0x18(%rsp), %rcx
R(v_pushf_std_popf)
	movq	%rcx, %rsp
	EPI
ENDF(v_pushf_std_popf)

// TRUTH v_std_call_stos broken - 3-string std before call foo, but foo returns with DF clear: rep stosq x2 from 0x10 goes UP over the slot 0x18
FUNC(v_std_call_stos)
	PRO
	std
	call	foo
	movq	%rsp, 0x18(%rsp)
	leaq	0x10(%rsp), %rdi
	movl	$2, %ecx
	xorl	%eax, %eax
	rep stosq
	movq	0x18(%rsp), %rcx
R(v_std_call_stos)
	movq	%rcx, %rsp
	EPI
ENDF(v_std_call_stos)

// TRUTH v_movsq_delta delta 8 3-string rep movsq (rcx=1) copies S+8 from 0x8 into the slot 0x18
FUNC(v_movsq_delta)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	8(%rsp), %rax
	movq	%rax, 8(%rsp)
	leaq	8(%rsp), %rsi
	leaq	0x18(%rsp), %rdi
	movl	$1, %ecx
	rep movsq
	movq	0x18(%rsp), %rcx
R(v_movsq_delta)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(v_movsq_delta)

// TRUTH v_movsq_same redundant - 3-string rep movsq (rcx=1) copies S from 0x8 into the slot 0x18 (0x8 holds S too)
FUNC(v_movsq_same)
	PRO
	movq	%rsp, 0x18(%rsp)
	movq	%rsp, 8(%rsp)
	leaq	8(%rsp), %rsi
	leaq	0x18(%rsp), %rdi
	movl	$1, %ecx
	rep movsq
	movq	0x18(%rsp), %rcx
R(v_movsq_same)
	movq	%rcx, %rsp
	EPI
ENDF(v_movsq_same)

// TRUTH v_movsq_zero redundant - 3-string rep movsq with rcx = 0 copies nothing (0x8 holds S+8, the slot 0x18 keeps S)
FUNC(v_movsq_zero)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	8(%rsp), %rax
	movq	%rax, 8(%rsp)
	leaq	8(%rsp), %rsi
	leaq	0x18(%rsp), %rdi
	xorl	%ecx, %ecx
	rep movsq
	movq	0x18(%rsp), %rcx
R(v_movsq_zero)
	movq	%rcx, %rsp
	EPI
ENDF(v_movsq_zero)

// TRUTH v_halves redundant - 2-values slot reloaded as two 32-bit halves and reassembled (shl $32; or): S
FUNC(v_halves)
	PRO
	movq	%rsp, 0x18(%rsp)
	movl	0x18(%rsp), %ecx
	movl	0x1c(%rsp), %eax
	shlq	$32, %rax
	orq	%rax, %rcx
R(v_halves)
	movq	%rcx, %rsp
	EPI
ENDF(v_halves)

// TRUTH v_halves_bad broken - 2-values the low half of the slot is used for both halves: (lo<<32)|lo
FUNC(v_halves_bad)
	PRO
	movq	%rsp, 0x18(%rsp)
	movl	0x18(%rsp), %ecx
	movl	0x18(%rsp), %eax
	shlq	$32, %rax
	orq	%rax, %rcx
R(v_halves_bad)
	movq	%rcx, %rsp
	EPI
ENDF(v_halves_bad)

// TRUTH v_equal_paths redundant - 2-values rcx = S on both paths: mov %rsp,%rcx or lea 0x10(%rsp),%rcx; sub $0x10,%rcx
FUNC(v_equal_paths)
	PRO
	testq	%rdi, %rdi
	je	1f
	movq	%rsp, %rcx
	jmp	2f
1:	leaq	0x10(%rsp), %rcx
	subq	$0x10, %rcx
2:
R(v_equal_paths)
	movq	%rcx, %rsp
	EPI
ENDF(v_equal_paths)

// TRUTH v_loop_recompute redundant - 2-values loop: rcx changed in the latch (lea 8(%rcx)) but recomputed as S at the head each iteration
FUNC(v_loop_recompute)
	PRO
	movl	%edi, %ebx
1:	movq	%rsp, %rcx
R(v_loop_recompute)
	movq	%rcx, %rsp
	leaq	8(%rcx), %rcx
	decl	%ebx
	jne	1b
	EPI
ENDF(v_loop_recompute)

// TRUTH v_loop_respill redundant - 2-values loop: the slot is re-spilled with S at the head, bumped by 8 after the restore
FUNC(v_loop_respill)
	PRO
	movl	%edi, %ebx
1:	movq	%rsp, 0x10(%rsp)
	movq	0x10(%rsp), %rcx
R(v_loop_respill)
	movq	%rcx, %rsp
	addq	$8, 0x10(%rsp)
	decl	%ebx
	jne	1b
	EPI
ENDF(v_loop_respill)

// TRUTH v_bzhi63 broken - 2-values bzhi with index 63 clears bit 63 of S
FUNC(v_bzhi63)
	PRO
	movq	%rsp, %rax
	movl	$63, %edx
	bzhiq	%rdx, %rax, %rcx
R(v_bzhi63)
	movq	%rcx, %rsp
	EPI
ENDF(v_bzhi63)

// TRUTH v_bzhi64 redundant - 2-values bzhi with index 64 (>= operand size) copies the source unchanged: S
FUNC(v_bzhi64)
	PRO
	movq	%rsp, %rax
	movl	$64, %edx
	bzhiq	%rdx, %rax, %rcx
R(v_bzhi64)
	movq	%rcx, %rsp
	EPI
ENDF(v_bzhi64)

// TRUTH v_shlx64 redundant - 2-values shlx by rdx=64 (count masked to 0): S
FUNC(v_shlx64)
	PRO
	movq	%rsp, %rax
	movl	$64, %edx
	shlxq	%rdx, %rax, %rcx
R(v_shlx64)
	movq	%rcx, %rsp
	EPI
ENDF(v_shlx64)

// TRUTH v_rorx64 redundant - 2-values rorx $64 (count masked to 0): S
FUNC(v_rorx64)
	PRO
	movq	%rsp, %rax
	.byte	0xc4, 0xe3, 0xfb, 0xf0, 0xc8, 0x40	/* rorxq $0x40, %rax, %rcx */
R(v_rorx64)
	movq	%rcx, %rsp
	EPI
ENDF(v_rorx64)

// TRUTH v_neg_not_inc redundant - 2-values neg; not; inc: ~(-S)+1 = S
FUNC(v_neg_not_inc)
	PRO
	movq	%rsp, %rax
	negq	%rax
	notq	%rax
	incq	%rax
R(v_neg_not_inc)
	movq	%rax, %rsp
	EPI
ENDF(v_neg_not_inc)
