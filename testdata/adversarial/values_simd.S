// values_simd.S -- class 2: %rsp copies carried through SIMD / mask / MMX
// registers.  S := %rsp after the prologue.  (Kernel code may use these
// registers between kernel_fpu_begin/end; here only the values matter.)
#include "adv.h"

#define LEAF_BEGIN(n) FUNC(n) PRO
#define LEAF_END(n)   EPI; ENDF(n)

// TRUTH vs_movq_rt redundant - 2-simd movq %rsp,%xmm0; movq %xmm0,%rax => S
LEAF_BEGIN(vs_movq_rt)
	movq	%rsp, %xmm0
	movq	%xmm0, %rax
R(vs_movq_rt)
	movq	%rax, %rsp
LEAF_END(vs_movq_rt)

// TRUTH vs_paddq delta 8 2-simd xmm0 = S, xmm1 = 8, paddq => S+8
LEAF_BEGIN(vs_paddq)
	movq	%rsp, %xmm0
	movl	$8, %eax
	movq	%rax, %xmm1
	paddq	%xmm1, %xmm0
	movq	%xmm0, %rax
R(vs_paddq)
	movq	%rax, %rsp
	subq	$8, %rsp
LEAF_END(vs_paddq)

// TRUTH vs_movd32 broken - 2-simd movd %xmm0,%eax keeps only the low 32 bits of S (zero-extended)
LEAF_BEGIN(vs_movd32)
	movq	%rsp, %xmm0
	movd	%xmm0, %eax
R(vs_movd32)
	movq	%rax, %rsp
LEAF_END(vs_movd32)

// TRUTH vs_pinsr_pextr redundant - 2-simd pinsrq $1,%rsp,%xmm0; pextrq $1,%xmm0,%rax => S
LEAF_BEGIN(vs_pinsr_pextr)
	pxor	%xmm0, %xmm0
	pinsrq	$1, %rsp, %xmm0
	pextrq	$1, %xmm0, %rax
R(vs_pinsr_pextr)
	movq	%rax, %rsp
LEAF_END(vs_pinsr_pextr)

// TRUTH vs_pinsrb_low broken - 2-simd pinsrb $0 replaces the low byte of the copy with 0: S & ~0xff
LEAF_BEGIN(vs_pinsrb_low)
	movq	%rsp, %xmm0
	xorl	%eax, %eax
	pinsrb	$0, %eax, %xmm0
	movq	%xmm0, %rax
R(vs_pinsrb_low)
	movq	%rax, %rsp
LEAF_END(vs_pinsrb_low)

// TRUTH vs_call_clobber broken - 2-simd copy held in xmm0 across a call (xmm registers are caller-saved)
FUNC(vs_call_clobber)
	PRO
	movq	%rsp, %xmm0
	call	foo
	movq	%xmm0, %rax
R(vs_call_clobber)
	movq	%rax, %rsp
	EPI
ENDF(vs_call_clobber)

// TRUTH vs_movdqu_spill redundant - 2-simd copy spilled with movdqu to 0x10..0x1f (not escaped, above %rsp), reloaded after the call
FUNC(vs_movdqu_spill)
	PRO
	movq	%rsp, %xmm0
	movdqu	%xmm0, 0x10(%rsp)
	call	foo
	movq	0x10(%rsp), %rax
R(vs_movdqu_spill)
	movq	%rax, %rsp
	EPI
ENDF(vs_movdqu_spill)

// TRUTH vs_pshufd_twice redundant - 2-simd two pshufd $0x4e swaps of the qword halves => low qword S again
LEAF_BEGIN(vs_pshufd_twice)
	movq	%rsp, %xmm0
	pshufd	$0x4e, %xmm0, %xmm0
	pshufd	$0x4e, %xmm0, %xmm0
	movq	%xmm0, %rax
R(vs_pshufd_twice)
	movq	%rax, %rsp
LEAF_END(vs_pshufd_twice)

// TRUTH vs_pshufd_hi delta 8 2-simd xmm0 = [S, S+8] (punpcklqdq), pshufd $0x4e swaps => low qword S+8
LEAF_BEGIN(vs_pshufd_hi)
	leaq	8(%rsp), %rax
	movq	%rax, %xmm1
	movq	%rsp, %xmm0
	punpcklqdq %xmm1, %xmm0
	pshufd	$0x4e, %xmm0, %xmm0
	movq	%xmm0, %rax
R(vs_pshufd_hi)
	movq	%rax, %rsp
	subq	$8, %rsp
LEAF_END(vs_pshufd_hi)

// TRUTH vs_mmx redundant - 2-simd movq %rsp,%mm0; movq %mm0,%rax => S
LEAF_BEGIN(vs_mmx)
	movq	%rsp, %mm0
	movq	%mm0, %rax
	emms
R(vs_mmx)
	movq	%rax, %rsp
LEAF_END(vs_mmx)

// TRUTH vs_avx_bcast redundant - 2-simd vpbroadcastq then vextracti128 $1 and vmovq => S
LEAF_BEGIN(vs_avx_bcast)
	vmovq	%rsp, %xmm1
	vpbroadcastq %xmm1, %ymm1
	vextracti128 $1, %ymm1, %xmm2
	vmovq	%xmm2, %rax
	vzeroupper
R(vs_avx_bcast)
	movq	%rax, %rsp
LEAF_END(vs_avx_bcast)

// TRUTH vs_kmask redundant - 2-simd kmovq %rsp,%k1; kmovq %k1,%rax => S
LEAF_BEGIN(vs_kmask)
	kmovq	%rsp, %k1
	kmovq	%k1, %rax
R(vs_kmask)
	movq	%rax, %rsp
LEAF_END(vs_kmask)

// TRUTH vs_stale_gpr delta 8 2-simd rax = S+8, then movq %rsp,%xmm0 (rax untouched); the restore uses rax, not the xmm copy
LEAF_BEGIN(vs_stale_gpr)
	leaq	8(%rsp), %rax
	movq	%rsp, %xmm0
	movq	%xmm0, %rdx
R(vs_stale_gpr)
	movq	%rax, %rsp
	subq	$8, %rsp
LEAF_END(vs_stale_gpr)

// TRUTH vs_movq_load_overwrite delta 8 2-simd rax = S, then movq %xmm1,%rax overwrites it with xmm1 = S+8
LEAF_BEGIN(vs_movq_load_overwrite)
	leaq	8(%rsp), %rdx
	movq	%rdx, %xmm1
	movq	%rsp, %rax
	movq	%xmm1, %rax
R(vs_movq_load_overwrite)
	movq	%rax, %rsp
	subq	$8, %rsp
LEAF_END(vs_movq_load_overwrite)
