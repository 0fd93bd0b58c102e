// values_arith.S -- class 2: stack addresses made by integer instructions a
// transfer function may not model.  Each function: PRO, compute a value from
// %rsp, restore it.  S := %rsp after the prologue.  No calls, no memory
// unless stated, so the only question is the arithmetic.
#include "adv.h"

#define LEAF_BEGIN(n) FUNC(n) PRO
#define LEAF_END(n)   EPI; ENDF(n)

// TRUTH va_add_rsp_zero redundant - 2-values xor %eax,%eax; add %rsp,%rax => rax = S
LEAF_BEGIN(va_add_rsp_zero)
	xorl	%eax, %eax
	addq	%rsp, %rax
R(va_add_rsp_zero)
	movq	%rax, %rsp
LEAF_END(va_add_rsp_zero)

// TRUTH va_add_rsp_const delta 8 2-values mov $8,%eax; add %rsp,%rax => rax = S+8
LEAF_BEGIN(va_add_rsp_const)
	movl	$8, %eax
	addq	%rsp, %rax
R(va_add_rsp_const)
	movq	%rax, %rsp
	subq	$8, %rsp
LEAF_END(va_add_rsp_const)

// TRUTH va_add_rsp_arg broken - 2-values rax = rdi (argument) + S: frame-derived, not a constant offset (NOT a switch)
LEAF_BEGIN(va_add_rsp_arg)
	movq	%rdi, %rax
	addq	%rsp, %rax
R(va_add_rsp_arg)
	movq	%rax, %rsp
LEAF_END(va_add_rsp_arg)

// TRUTH va_imul1 redundant - 2-values imul $1,%rsp,%rax => rax = S
LEAF_BEGIN(va_imul1)
	imulq	$1, %rsp, %rax
R(va_imul1)
	movq	%rax, %rsp
LEAF_END(va_imul1)

// TRUTH va_imul3 broken - 2-values imul $3,%rsp,%rax => rax = 3*S
LEAF_BEGIN(va_imul3)
	imulq	$3, %rsp, %rax
R(va_imul3)
	movq	%rax, %rsp
LEAF_END(va_imul3)

// TRUTH va_lea_index1 redundant - 2-values rdx = S; lea 0(,%rdx,1),%rax => S (stack copy used as index)
LEAF_BEGIN(va_lea_index1)
	movq	%rsp, %rdx
	leaq	0(,%rdx,1), %rax
R(va_lea_index1)
	movq	%rax, %rsp
LEAF_END(va_lea_index1)

// TRUTH va_lea_index2 broken - 2-values rdx = S; lea (,%rdx,2),%rax => 2*S
LEAF_BEGIN(va_lea_index2)
	movq	%rsp, %rdx
	leaq	(,%rdx,2), %rax
R(va_lea_index2)
	movq	%rax, %rsp
LEAF_END(va_lea_index2)

// TRUTH va_lea_index_base broken - 2-values rdx = S; lea 8(%rdx,%rdx,1),%rax => 2*S+8
LEAF_BEGIN(va_lea_index_base)
	movq	%rsp, %rdx
	leaq	8(%rdx,%rdx,1), %rax
R(va_lea_index_base)
	movq	%rax, %rsp
LEAF_END(va_lea_index_base)

// TRUTH va_lea_const_index delta 16 2-values mov $0x10,%edx; lea (%rsp,%rdx,1),%rax => S+16 (constant index register)
LEAF_BEGIN(va_lea_const_index)
	movl	$0x10, %edx
	leaq	(%rsp,%rdx,1), %rax
R(va_lea_const_index)
	movq	%rax, %rsp
	subq	$0x10, %rsp
LEAF_END(va_lea_const_index)

// TRUTH va_lea_const_base redundant - 2-values rdx = -8 (constant base), rcx = S; lea 8(%rdx,%rcx,1),%rax => S
LEAF_BEGIN(va_lea_const_base)
	movq	$-8, %rdx
	movq	%rsp, %rcx
	leaq	8(%rdx,%rcx,1), %rax
R(va_lea_const_base)
	movq	%rax, %rsp
LEAF_END(va_lea_const_base)

// va_xadd: rax = S, rdx = 8; xadd %rdx,%rax => rax = S+8, rdx = S.
// TRUTH va_xadd_rdx redundant - 2-values after xadd %rdx,%rax the OLD rax (S) is in rdx
// TRUTH va_xadd_rax delta 8 2-values after xadd %rdx,%rax rax = S+8 (restore while %rsp = S)
LEAF_BEGIN(va_xadd)
	movq	%rsp, %rax
	movl	$8, %edx
	xaddq	%rdx, %rax
R(va_xadd_rdx)
	movq	%rdx, %rsp
R(va_xadd_rax)
	movq	%rax, %rsp
	subq	$8, %rsp
LEAF_END(va_xadd)

// TRUTH va_adc_unknown broken - 2-values adc $0 after cmp of two arguments: rax = S or S+1
LEAF_BEGIN(va_adc_unknown)
	movq	%rsp, %rax
	cmpq	%rdi, %rsi
	adcq	$0, %rax
R(va_adc_unknown)
	movq	%rax, %rsp
LEAF_END(va_adc_unknown)

// TRUTH va_sbb_stc delta -1 2-values stc; sbb $0,%rax => rax = S-1
LEAF_BEGIN(va_sbb_stc)
	movq	%rsp, %rax
	stc
	sbbq	$0, %rax
R(va_sbb_stc)
	movq	%rax, %rsp
	addq	$1, %rsp
LEAF_END(va_sbb_stc)

// TRUTH va_sbb_self broken - 2-values sbb %rax,%rax gives 0 or -1 (from the argument compare); or %rsp => S or -1
LEAF_BEGIN(va_sbb_self)
	movq	%rsp, %rax
	cmpq	%rdi, %rsi
	sbbq	%rax, %rax
	orq	%rsp, %rax
R(va_sbb_self)
	movq	%rax, %rsp
LEAF_END(va_sbb_self)

// TRUTH va_bswap2 redundant - 2-values bswap twice => S
LEAF_BEGIN(va_bswap2)
	movq	%rsp, %rax
	bswapq	%rax
	bswapq	%rax
R(va_bswap2)
	movq	%rax, %rsp
LEAF_END(va_bswap2)

// TRUTH va_bswap1 broken - 2-values bswap once => byte-reversed S
LEAF_BEGIN(va_bswap1)
	movq	%rsp, %rax
	bswapq	%rax
R(va_bswap1)
	movq	%rax, %rsp
LEAF_END(va_bswap1)

// TRUTH va_rol_ror redundant - 2-values rol $13 then ror $13 => S
LEAF_BEGIN(va_rol_ror)
	movq	%rsp, %rax
	rolq	$13, %rax
	rorq	$13, %rax
R(va_rol_ror)
	movq	%rax, %rsp
LEAF_END(va_rol_ror)

// TRUTH va_rol32_twice redundant - 2-values rol $32 twice => S
LEAF_BEGIN(va_rol32_twice)
	movq	%rsp, %rax
	rolq	$32, %rax
	rolq	$32, %rax
R(va_rol32_twice)
	movq	%rax, %rsp
LEAF_END(va_rol32_twice)

// TRUTH va_rol_once broken - 2-values rol $8 once => rotated S
LEAF_BEGIN(va_rol_once)
	movq	%rsp, %rax
	rolq	$8, %rax
R(va_rol_once)
	movq	%rax, %rsp
LEAF_END(va_rol_once)

// TRUTH va_neg2 redundant - 2-values neg twice => S
LEAF_BEGIN(va_neg2)
	movq	%rsp, %rax
	negq	%rax
	negq	%rax
R(va_neg2)
	movq	%rax, %rsp
LEAF_END(va_neg2)

// TRUTH va_not2 redundant - 2-values not twice => S
LEAF_BEGIN(va_not2)
	movq	%rsp, %rax
	notq	%rax
	notq	%rax
R(va_not2)
	movq	%rax, %rsp
LEAF_END(va_not2)

// TRUTH va_not_neg delta 1 2-values not then neg: -(~S) = -(-S-1) = S+1
LEAF_BEGIN(va_not_neg)
	movq	%rsp, %rax
	notq	%rax
	negq	%rax
R(va_not_neg)
	movq	%rax, %rsp
	subq	$1, %rsp
LEAF_END(va_not_neg)

// TRUTH va_neg_lea_neg delta -8 2-values rdx = -S; lea 8(%rdx),%rax = 8-S; neg => S-8
LEAF_BEGIN(va_neg_lea_neg)
	movq	%rsp, %rdx
	negq	%rdx
	leaq	8(%rdx), %rax
	negq	%rax
R(va_neg_lea_neg)
	movq	%rax, %rsp
	addq	$8, %rsp
LEAF_END(va_neg_lea_neg)

// TRUTH va_neg_once broken - 2-values neg once => -S
LEAF_BEGIN(va_neg_once)
	movq	%rsp, %rax
	negq	%rax
R(va_neg_once)
	movq	%rax, %rsp
LEAF_END(va_neg_once)

// va_cmpxchg_eq: rax = rcx = S, rdx = S+8; cmpxchg %rdx,%rcx: rax == rcx so
// rcx := rdx = S+8.
// TRUTH va_cmpxchg_eq delta 8 2-values cmpxchg %rdx,%rcx with rax==rcx==S stores rdx=S+8 into rcx
LEAF_BEGIN(va_cmpxchg_eq)
	movq	%rsp, %rax
	movq	%rsp, %rcx
	leaq	8(%rsp), %rdx
	cmpxchgq %rdx, %rcx
R(va_cmpxchg_eq)
	movq	%rcx, %rsp
	subq	$8, %rsp
LEAF_END(va_cmpxchg_eq)

// va_cmpxchg_ne: rcx = S, rax = 0; S != 0 so cmpxchg loads rax := rcx = S.
// TRUTH va_cmpxchg_ne redundant - 2-values cmpxchg %rdx,%rcx with rax=0 != rcx=S loads rax := S
LEAF_BEGIN(va_cmpxchg_ne)
	movq	%rsp, %rcx
	xorl	%eax, %eax
	leaq	8(%rsp), %rdx
	cmpxchgq %rdx, %rcx
R(va_cmpxchg_ne)
	movq	%rax, %rsp
LEAF_END(va_cmpxchg_ne)

// TRUTH va_esp32 broken - 2-values mov %esp,%eax zero-extends: rax = S mod 2^32 (kernel stacks are 0xffff...)
LEAF_BEGIN(va_esp32)
	movl	%esp, %eax
R(va_esp32)
	movq	%rax, %rsp
LEAF_END(va_esp32)

// TRUTH va_mov32_self broken - 2-values mov %rsp,%rax; mov %eax,%eax truncates to 32 bits
LEAF_BEGIN(va_mov32_self)
	movq	%rsp, %rax
	movl	%eax, %eax
R(va_mov32_self)
	movq	%rax, %rsp
LEAF_END(va_mov32_self)

// TRUTH va_movzwl broken - 2-values movzwl %sp,%eax => low 16 bits of S
LEAF_BEGIN(va_movzwl)
	movzwl	%sp, %eax
R(va_movzwl)
	movq	%rax, %rsp
LEAF_END(va_movzwl)

// TRUTH va_movslq broken - 2-values movslq %esp,%rax => sign-extended low 32 bits of S
LEAF_BEGIN(va_movslq)
	movslq	%esp, %rax
R(va_movslq)
	movq	%rax, %rsp
LEAF_END(va_movslq)

// TRUTH va_push_pop redundant - 2-values push %rsp stores the pre-push value S; pop %rax => rax = S, %rsp back to S
LEAF_BEGIN(va_push_pop)
	pushq	%rsp
	popq	%rax
R(va_push_pop)
	movq	%rax, %rsp
LEAF_END(va_push_pop)

// va_push_pop_rsp: push %rsp (stores S at S-8, %rsp = S-8); pop %rsp loads S
// while %rsp = S-8: it moves %rsp by +8 (a NOP in its place would leave
// %rsp = S-8), so it is NOT redundant.
// TRUTH va_push_pop_rsp delta 8 2-values push %rsp; pop %rsp writes S while %rsp = S-8 (replacing it by a NOP would be wrong)
LEAF_BEGIN(va_push_pop_rsp)
	pushq	%rsp
R(va_push_pop_rsp)
	popq	%rsp
LEAF_END(va_push_pop_rsp)

// va_xchg: rax = S; xchg %rax,%rcx => rcx = S.  Then rax = S+8;
// xchg %rax,%rsp => %rsp = S+8 (delta +8), rax = S; xchg %rax,%rsp again
// => %rsp = S while %rsp = S+8 (delta -8).
// TRUTH va_xchg_rcx redundant - 2-values xchg %rax,%rcx moved the copy S into rcx
// TRUTH va_xchg_rsp1 delta 8 2-values xchg %rax,%rsp with rax = S+8 (rsp = S)
// TRUTH va_xchg_rsp2 delta -8 2-values xchg %rax,%rsp with rax = S (old rsp) while rsp = S+8
LEAF_BEGIN(va_xchg)
	movq	%rsp, %rax
	xchgq	%rax, %rcx
R(va_xchg_rcx)
	movq	%rcx, %rsp
	leaq	8(%rsp), %rax
R(va_xchg_rsp1)
	xchgq	%rax, %rsp
R(va_xchg_rsp2)
	xchgq	%rax, %rsp
LEAF_END(va_xchg)

// TRUTH va_xchg_self redundant - 2-values rax = S; xchg %rax,%rsp writes S (and rax keeps S)
LEAF_BEGIN(va_xchg_self)
	movq	%rsp, %rax
R(va_xchg_self)
	xchgq	%rax, %rsp
LEAF_END(va_xchg_self)

// TRUTH va_cmov_one_path broken - 2-values cmovne %rdx,%rax on an argument test: rax = S or S+8
LEAF_BEGIN(va_cmov_one_path)
	movq	%rsp, %rax
	leaq	8(%rsp), %rdx
	testq	%rdi, %rdi
	cmovneq	%rdx, %rax
R(va_cmov_one_path)
	movq	%rax, %rsp
LEAF_END(va_cmov_one_path)

// TRUTH va_cmov_always delta 8 2-values xor %ecx,%ecx sets ZF, so cmove %rdx,%rax always moves S+8
LEAF_BEGIN(va_cmov_always)
	movq	%rsp, %rax
	leaq	8(%rsp), %rdx
	xorl	%ecx, %ecx
	cmoveq	%rdx, %rax
R(va_cmov_always)
	movq	%rax, %rsp
	subq	$8, %rsp
LEAF_END(va_cmov_always)

// TRUTH va_cmov_rsp_same redundant - 2-values cmovne %rax,%rsp with rax = S: writes S or nothing
LEAF_BEGIN(va_cmov_rsp_same)
	movq	%rsp, %rax
	testq	%rdi, %rdi
R(va_cmov_rsp_same)
	cmovneq	%rax, %rsp
LEAF_END(va_cmov_rsp_same)

// TRUTH va_cmov_rsp_off broken - 2-values cmovne %rax,%rsp with rax = S+8: +8 or no change depending on the argument
LEAF_BEGIN(va_cmov_rsp_off)
	leaq	8(%rsp), %rax
	testq	%rdi, %rdi
R(va_cmov_rsp_off)
	cmovneq	%rax, %rsp
LEAF_END(va_cmov_rsp_off)

// TRUTH va_add_sub_arg redundant - 2-values S + rdi - rdi = S
LEAF_BEGIN(va_add_sub_arg)
	movq	%rsp, %rax
	addq	%rdi, %rax
	subq	%rdi, %rax
R(va_add_sub_arg)
	movq	%rax, %rsp
LEAF_END(va_add_sub_arg)

// TRUTH va_inc_twice delta 2 2-values inc twice => S+2
LEAF_BEGIN(va_inc_twice)
	movq	%rsp, %rax
	incq	%rax
	incq	%rax
R(va_inc_twice)
	movq	%rax, %rsp
	subq	$2, %rsp
LEAF_END(va_inc_twice)

// TRUTH va_shr_shl broken - 2-values shr $4; shl $4 clears bits 0-3: S & ~0xf (differs whenever S is 8 mod 16)
LEAF_BEGIN(va_shr_shl)
	movq	%rsp, %rax
	shrq	$4, %rax
	shlq	$4, %rax
R(va_shr_shl)
	movq	%rax, %rsp
LEAF_END(va_shr_shl)

// TRUTH va_sub_self_add broken - 2-values rax = S; add %rax,%rax = 2S; sub %rsp = S; add %rdi => S + argument (frame-derived, not constant)
LEAF_BEGIN(va_sub_self_add)
	movq	%rsp, %rax
	addq	%rax, %rax
	subq	%rsp, %rax
	addq	%rdi, %rax
R(va_sub_self_add)
	movq	%rax, %rsp
LEAF_END(va_sub_self_add)

// TRUTH va_xchg32_self broken - 2-values xchgl %eax,%eax (87 c0, not the 0x90 nop) zero-extends: low 32 bits of S
LEAF_BEGIN(va_xchg32_self)
	movq	%rsp, %rax
	.byte	0x87, 0xc0		/* xchgl %eax,%eax */
R(va_xchg32_self)
	movq	%rax, %rsp
LEAF_END(va_xchg32_self)

// TRUTH va_add32_zero broken - 2-values addl $0,%eax zero-extends: low 32 bits of S
LEAF_BEGIN(va_add32_zero)
	movq	%rsp, %rax
	addl	$0, %eax
R(va_add32_zero)
	movq	%rax, %rsp
LEAF_END(va_add32_zero)

// TRUTH va_cmov32 broken - 2-values cmovnel %edx,%eax with rax=rdx=S: a 32-bit cmov zero-extends the destination whether or not it moves
LEAF_BEGIN(va_cmov32)
	movq	%rsp, %rax
	movq	%rsp, %rdx
	testq	%rdi, %rdi
	cmovnel	%edx, %eax
R(va_cmov32)
	movq	%rax, %rsp
LEAF_END(va_cmov32)

// TRUTH va_lea32_dest broken - 2-values leal 8(%rsp),%eax: 32-bit destination, (S+8) mod 2^32
LEAF_BEGIN(va_lea32_dest)
	leal	8(%rsp), %eax
R(va_lea32_dest)
	movq	%rax, %rsp
LEAF_END(va_lea32_dest)

// TRUTH va_pop_rsp_self redundant - 2-values (%rsp) = S; pop %rsp loads S while %rsp = S (the increment is overridden): a NOP would leave the same %rsp
LEAF_BEGIN(va_pop_rsp_self)
	movq	%rsp, (%rsp)
R(va_pop_rsp_self)
	popq	%rsp
LEAF_END(va_pop_rsp_self)

// va_rbp_not_fp: %rbp is saved like a callee-saved register and then used as
// a scratch copy (no `mov %rsp,%rbp` frame): `mov %rbp,%rsp` is a restore.
// TRUTH va_rbp_not_fp delta 8 2-values no frame pointer; rbp = lea 8(%rsp) = S+8; mov %rbp,%rsp writes S+8 over S
FUNC(va_rbp_not_fp)
	pushq	%rbp
	PRO
	leaq	8(%rsp), %rbp
R(va_rbp_not_fp)
	movq	%rbp, %rsp
	subq	$8, %rsp
	addq	$0x28, %rsp
	popq	%rbx
	popq	%rbp
	jmp	__x86_return_thunk
ENDF(va_rbp_not_fp)

// va_fp_modified: a frame-pointer function (push %rbp; mov %rsp,%rbp) whose
// %rbp is bumped by 8 on one path before the epilogue-looking mov %rbp,%rsp.
//   path 1: rbp = F (= S+0x18, the standard epilogue value, delta +0x18)
//   path 2: rbp = F+8 (delta +0x20)                              => broken
// TRUTH va_fp_modified broken - 2-values epilogue-shaped mov %rbp,%rsp after rbp += 8 on one path: S+0x18 or S+0x20
FUNC(va_fp_modified)
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	subq	$0x10, %rsp
	testq	%rdi, %rdi
	je	1f
	addq	$8, %rbp
1:	movq	-8(%rbp), %rbx
R(va_fp_modified)
	movq	%rbp, %rsp
	popq	%rbp
	jmp	__x86_return_thunk
ENDF(va_fp_modified)
