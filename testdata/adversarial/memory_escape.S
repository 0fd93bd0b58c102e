// memory_escape.S -- class 3: memory writes whose target or extent is hard:
// escapes (transitive, via globals, stack arguments, r9), callees writing more
// than 8 bytes, the outgoing argument area, stores through an untracked stack
// pointer, wide/partial stores, cmpxchg16b, fxsave/xsave.
// Frame: PRO (push %rbx; sub $0x28,%rsp), S := %rsp after it; the spill slot
// is 0x18(%rsp) unless stated.  Functions with a realigned frame say so.
// A callee (foo) may write any memory reachable from an escaped address, any
// number of bytes, and its own stack-argument area at and above %rsp.
#include "adv.h"

#define SPILL   movq %rsp, 0x18(%rsp)
#define RELOAD  movq 0x18(%rsp), %rcx

// TRUTH me_transitive broken - 3-escape &slot stored in 0x10 (computed by mov+add, no lea), &0x10 passed to foo: foo can write the slot
FUNC(me_transitive)
	PRO
	SPILL
	movq	%rsp, %rax
	addq	$0x18, %rax
	movq	%rax, 0x10(%rsp)
	movq	%rsp, %rdi
	addq	$0x10, %rdi
	call	foo
	RELOAD
R(me_transitive)
	movq	%rcx, %rsp
	EPI
ENDF(me_transitive)

// TRUTH me_transitive_lea broken - 3-escape lea'd &slot stored in 0x8, &0x8 passed to foo: foo can write the slot through it
FUNC(me_transitive_lea)
	PRO
	SPILL
	leaq	0x18(%rsp), %rax
	movq	%rax, 0x8(%rsp)
	leaq	0x8(%rsp), %rdi
	call	foo
	RELOAD
R(me_transitive_lea)
	movq	%rcx, %rsp
	EPI
ENDF(me_transitive_lea)

// TRUTH me_wide_write broken - 3-escape foo gets 0x10(%rsp) and may write 16+ bytes, covering the slot at 0x18
FUNC(me_wide_write)
	PRO
	SPILL
	leaq	0x10(%rsp), %rdi
	call	foo
	RELOAD
R(me_wide_write)
	movq	%rcx, %rsp
	EPI
ENDF(me_wide_write)

// TRUTH me_outgoing_arg broken - 3-escape copy kept at (%rsp) across the call: the callee's stack-argument area
FUNC(me_outgoing_arg)
	PRO
	movq	%rsp, (%rsp)
	call	foo
	movq	(%rsp), %rcx
R(me_outgoing_arg)
	movq	%rcx, %rsp
	EPI
ENDF(me_outgoing_arg)

// TRUTH me_stackarg_escape broken - 3-escape &slot passed as the 7th (stack) argument at (%rsp)
FUNC(me_stackarg_escape)
	PRO
	SPILL
	leaq	0x18(%rsp), %rax
	movq	%rax, (%rsp)
	call	foo
	RELOAD
R(me_stackarg_escape)
	movq	%rcx, %rsp
	EPI
ENDF(me_stackarg_escape)

// TRUTH me_r9_escape broken - 3-escape &slot passed in %r9 (6th argument)
FUNC(me_r9_escape)
	PRO
	SPILL
	leaq	0x18(%rsp), %r9
	call	foo
	RELOAD
R(me_r9_escape)
	movq	%rcx, %rsp
	EPI
ENDF(me_r9_escape)

// TRUTH me_global_escape broken - 3-escape &slot stored to a global before the call
FUNC(me_global_escape)
	PRO
	SPILL
	leaq	0x18(%rsp), %rax
	movq	%rax, gptr(%rip)
	call	foo
	RELOAD
R(me_global_escape)
	movq	%rcx, %rsp
	EPI
ENDF(me_global_escape)

// TRUTH me_untracked_ptr delta 8 3-escape rdx = &slot obscured by not;not, then mov %rsi,(%rdx) stores S+8 into the slot
FUNC(me_untracked_ptr)
	PRO
	SPILL
	leaq	0x18(%rsp), %rdx
	notq	%rdx
	notq	%rdx
	leaq	8(%rsp), %rsi
	movq	%rsi, (%rdx)
	RELOAD
R(me_untracked_ptr)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(me_untracked_ptr)

// TRUTH me_noescape_call redundant - 3-escape slot never escapes; foo gets only the argument registers it was given
FUNC(me_noescape_call)
	PRO
	SPILL
	movq	%rdi, %rbx
	call	foo
	movq	%rbx, %rdi
	call	bar
	RELOAD
R(me_noescape_call)
	movq	%rcx, %rsp
	EPI
ENDF(me_noescape_call)

// TRUTH me_movups_overlap delta 8 3-partial movups of [S+8,S+8] to 0x10 writes 16 bytes; the slot 0x18 becomes S+8
FUNC(me_movups_overlap)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	movq	%rax, %xmm0
	punpcklqdq %xmm0, %xmm0
	movups	%xmm0, 0x10(%rsp)
	RELOAD
R(me_movups_overlap)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(me_movups_overlap)

// TRUTH me_partial_byte broken - 3-partial movb $0 into the low byte of the slot
FUNC(me_partial_byte)
	PRO
	SPILL
	movb	$0, 0x18(%rsp)
	RELOAD
R(me_partial_byte)
	movq	%rcx, %rsp
	EPI
ENDF(me_partial_byte)

// TRUTH me_partial_dword_hi broken - 3-partial movl $0 into the high half of the slot (0x1c)
FUNC(me_partial_dword_hi)
	PRO
	SPILL
	movl	$0, 0x1c(%rsp)
	RELOAD
R(me_partial_dword_hi)
	movq	%rcx, %rsp
	EPI
ENDF(me_partial_dword_hi)

// TRUTH me_partial_word_same redundant - 3-partial the low word of the slot is read and written back unchanged
FUNC(me_partial_word_same)
	PRO
	SPILL
	movq	0x18(%rsp), %rax
	movw	%ax, 0x18(%rsp)
	RELOAD
R(me_partial_word_same)
	movq	%rcx, %rsp
	EPI
ENDF(me_partial_word_same)

// TRUTH me_misaligned_store broken - 3-partial 8-byte store of S+8 at 0x14 overwrites the low 4 bytes of the slot with the high half of S+8
FUNC(me_misaligned_store)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	movq	%rax, 0x14(%rsp)
	RELOAD
R(me_misaligned_store)
	movq	%rcx, %rsp
	EPI
ENDF(me_misaligned_store)

// me_cmpxchg16b: realigned frame (push %rbp; mov %rsp,%rbp; push %rbx;
// and $-16,%rsp; sub $0x40,%rsp), S := %rsp after that, 16-aligned.
// rdx:rax is loaded from the 16 bytes at 0x10, so the compare succeeds and
// rcx:rbx (rcx = S+8) is stored: the slot 0x18 becomes S+8.
// TRUTH me_cmpxchg16b delta 8 3-partial lock cmpxchg16b at 0x10 (compare always equal) writes rcx=S+8 into the slot 0x18
FUNC(me_cmpxchg16b)
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rbx
	andq	$-16, %rsp
	subq	$0x40, %rsp
	SPILL
	movq	0x10(%rsp), %rax
	movq	0x18(%rsp), %rdx
	xorl	%ebx, %ebx
	leaq	8(%rsp), %rcx
	lock cmpxchg16b 0x10(%rsp)
	RELOAD
R(me_cmpxchg16b)
	movq	%rcx, %rsp
	movq	-8(%rbp), %rbx
	leave
	jmp	__x86_return_thunk
ENDF(me_cmpxchg16b)

// me_fxsave: realigned frame (and $-16; sub $0x200), S 16-aligned; the slot
// is 0xa0(%rsp) = byte 160 of the FXSAVE area = XMM0's low qword.
// xmm0 = S+8, fxsave64 (%rsp) stores it over the slot.
// TRUTH me_fxsave delta 8 3-partial fxsave64 at S writes XMM0 (= S+8) to bytes 160..175, over the slot 0xa0
FUNC(me_fxsave)
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-16, %rsp
	subq	$0x200, %rsp
	movq	%rsp, 0xa0(%rsp)
	leaq	8(%rsp), %rax
	movq	%rax, %xmm0
	fxsave64 (%rsp)
	movq	0xa0(%rsp), %rcx
R(me_fxsave)
	movq	%rcx, %rsp
	leave
	jmp	__x86_return_thunk
ENDF(me_fxsave)

// me_xsave: realigned frame (and $-64; sub $0x280), S 64-aligned; slot
// 0xa0(%rsp) = XMM0 low qword in the legacy region.  xmm0 = S with its low
// byte cleared; xsave64 with edx:eax = 0:3 (x87|SSE) writes it over the slot.
// S is 64-aligned, so its low byte is 0x00/0x40/0x80/0xc0: the value differs
// from S unless the low byte happens to be 0.
// TRUTH me_xsave broken - 3-partial xsave64 (RFBM x87|SSE) writes XMM0 = S&~0xff over the slot 0xa0
FUNC(me_xsave)
	pushq	%rbp
	movq	%rsp, %rbp
	andq	$-64, %rsp
	subq	$0x280, %rsp
	movq	%rsp, 0xa0(%rsp)
	movq	%rsp, %rax
	movb	$0, %al
	movq	%rax, %xmm0
	movl	$3, %eax
	xorl	%edx, %edx
	xsave64	(%rsp)
	movq	0xa0(%rsp), %rcx
R(me_xsave)
	movq	%rcx, %rsp
	leave
	jmp	__x86_return_thunk
ENDF(me_xsave)
