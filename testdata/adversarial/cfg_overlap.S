// cfg_overlap.S -- class 1: jumps into the middle of an instruction.
//
// A `movabs $imm,%rax` (48 b8 + 8 immediate bytes) whose immediate bytes,
// decoded from byte 2, are a restore followed by a short jump to the end of
// the movabs.  A conditional jump targets movabs+2, so the hidden restore is
// executed on that path; a linear disassembly shows only the movabs.
// S := %rsp after the prologue.
#include "adv.h"

// ov_hidden_broken: hidden `mov %rcx,%rsp; jmp +3` (48 89 cc eb 03 90 90 90),
// rcx = S with its low byte cleared.
// TRUTH ov_hidden_broken broken - 1-overlap hidden mov %rcx,%rsp inside a movabs immediate, reached by jne .Lmovabs+2; rcx = S with low byte 0
FUNC(ov_hidden_broken)
	PRO
	movq	%rsp, %rcx
	movb	$0, %cl
	testq	%rdi, %rdi
	jne	.Lohb_m+2
.Lohb_m:
	movabsq	$0x90909003ebcc8948, %rax
	EPI
ENDF(ov_hidden_broken)
#ifdef RSPILL_MARKS
	.globl	rmark_ov_hidden_broken
	.set	rmark_ov_hidden_broken, .Lohb_m+2
#endif

// ov_hidden_delta: hidden `mov %rcx,%rsp`, rcx = S+8 on the jumping path.
// TRUTH ov_hidden_delta delta 8 1-overlap hidden mov %rcx,%rsp inside a movabs immediate, reached only by the jump; rcx = S+8
FUNC(ov_hidden_delta)
	PRO
	leaq	8(%rsp), %rcx
	testq	%rdi, %rdi
	jne	.Lohd_m+2
	movq	%rsp, %rcx
.Lohd_m:
	movabsq	$0x90909003ebcc8948, %rax
	EPI
ENDF(ov_hidden_delta)
#ifdef RSPILL_MARKS
	.globl	rmark_ov_hidden_delta
	.set	rmark_ov_hidden_delta, .Lohd_m+2
#endif

// ov_hidden_redundant (honest): hidden `mov %rcx,%rsp`, rcx = S.
// TRUTH ov_hidden_redundant redundant - 1-overlap hidden mov %rcx,%rsp inside a movabs immediate; rcx = S
FUNC(ov_hidden_redundant)
	PRO
	movq	%rsp, %rcx
	testq	%rdi, %rdi
	jne	.Lohr_m+2
.Lohr_m:
	movabsq	$0x90909003ebcc8948, %rax
	EPI
ENDF(ov_hidden_redundant)
#ifdef RSPILL_MARKS
	.globl	rmark_ov_hidden_redundant
	.set	rmark_ov_hidden_redundant, .Lohr_m+2
#endif

// ov_hidden_pop: hidden `pop %rsp; jmp +5` (5c eb 05 90 90 90 90 90) with
// (%rsp) = S+8 written just before: pop %rsp loads S+8 while %rsp = S.
// TRUTH ov_hidden_pop delta 8 1-overlap hidden pop %rsp inside a movabs immediate; (%rsp) = S+8 so it writes S+8 over S
FUNC(ov_hidden_pop)
	PRO
	leaq	8(%rsp), %rax
	movq	%rax, (%rsp)
	testq	%rdi, %rdi
	jne	.Lohp_m+2
.Lohp_m:
	movabsq	$0x909090909005eb5c, %rax
	EPI
ENDF(ov_hidden_pop)
#ifdef RSPILL_MARKS
	.globl	rmark_ov_hidden_pop
	.set	rmark_ov_hidden_pop, .Lohp_m+2
#endif

// ov_visible_and_hidden: a visible restore (rcx = S, redundant) followed by
// a hidden one reached by a backward jump after %rcx was changed.
//   visible: rcx = S                                                 => redundant
//   hidden:  rcx = S+0x20                                            => delta +0x20
// TRUTH ov_visible redundant - 1-overlap visible restore before the overlapped movabs; rcx = S
// TRUTH ov_visible_hidden delta 32 1-overlap hidden mov %rcx,%rsp inside a nopw displacement reached by a backward jump; rcx = S+0x20
FUNC(ov_visible_and_hidden)
	PRO
	movq	%rsp, %rcx
R(ov_visible)
	movq	%rcx, %rsp
	testq	%rdi, %rdi
	je	1f
	leaq	0x20(%rsp), %rcx
	jmp	.Lovh_m+6
1:	EPI
.Lovh_m:
	/* nopw %cs:disp32(%rax,%rax,1) = 66 2e 0f 1f 84 00 + disp32; the
	   disp32 bytes 48 89 cc 90, decoded from +6, are mov %rcx,%rsp ; nop,
	   after which decoding realigns with the next instruction. */
	.byte	0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x48, 0x89, 0xcc, 0x90
	subq	$0x20, %rsp
	jmp	1b
ENDF(ov_visible_and_hidden)
#ifdef RSPILL_MARKS
	.globl	rmark_ov_visible_hidden
	.set	rmark_ov_visible_hidden, .Lovh_m+6
#endif
