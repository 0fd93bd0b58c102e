// memory_string.S -- class 3: string instructions whose store target or
// extent is hard: `std` (downward), repeated stos through an advanced %rdi,
// movs, counts computed at run time, byte stores.
// Frame: PRO (push %rbx; sub $0x28,%rsp), S := %rsp after it; the spill slot
// is 0x18(%rsp) = S+0x18 unless stated; 0x28(%rsp) is the saved %rbx and is
// never touched.  DF is clear at entry.
#include "adv.h"

#define SPILL   movq %rsp, 0x18(%rsp)
#define RELOAD  movq 0x18(%rsp), %rcx

// TRUTH ms_std_rep_stosq delta 8 3-string std; rep stosq with rcx=2 from 0x20 writes 0x20 then 0x18 (downward) with rax=S+8
FUNC(ms_std_rep_stosq)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	leaq	0x20(%rsp), %rdi
	movl	$2, %ecx
	std
	rep stosq
	cld
	RELOAD
R(ms_std_rep_stosq)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(ms_std_rep_stosq)

// TRUTH ms_stosq_twice delta 8 3-string two stosq from 0x10: the second goes through the advanced rdi to 0x18; rax=S+8
FUNC(ms_stosq_twice)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	leaq	0x10(%rsp), %rdi
	stosq
	stosq
	RELOAD
R(ms_stosq_twice)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(ms_stosq_twice)

// TRUTH ms_std_stosq_pair delta 8 3-string std; stosq; stosq from 0x20 writes 0x20 and 0x18; rax=S+8
FUNC(ms_std_stosq_pair)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	leaq	0x20(%rsp), %rdi
	std
	stosq
	stosq
	cld
	RELOAD
R(ms_std_stosq_pair)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(ms_std_stosq_pair)

// TRUTH ms_movsq delta 16 3-string movsq copies [0x8] = S+16 into the slot 0x18
FUNC(ms_movsq)
	PRO
	SPILL
	leaq	16(%rsp), %rax
	movq	%rax, 0x8(%rsp)
	leaq	0x8(%rsp), %rsi
	leaq	0x18(%rsp), %rdi
	movsq
	RELOAD
R(ms_movsq)
	movq	%rcx, %rsp
	subq	$16, %rsp
	EPI
ENDF(ms_movsq)

// TRUTH ms_std_rep_movsq delta 16 3-string std; rep movsq rcx=2 from 0x8 to 0x18 copies [0x8]=S+16 to 0x18, then [0x0] to 0x10
FUNC(ms_std_rep_movsq)
	PRO
	SPILL
	leaq	16(%rsp), %rax
	movq	%rax, 0x8(%rsp)
	leaq	0x8(%rsp), %rsi
	leaq	0x18(%rsp), %rdi
	movl	$2, %ecx
	std
	rep movsq
	cld
	RELOAD
R(ms_std_rep_movsq)
	movq	%rcx, %rsp
	subq	$16, %rsp
	EPI
ENDF(ms_std_rep_movsq)

// TRUTH ms_rep_movsb delta 16 3-string rep movsb of 16 bytes 0x0..0xf -> 0x10..0x1f puts [0x8]=S+16 into the slot
FUNC(ms_rep_movsb)
	PRO
	SPILL
	leaq	16(%rsp), %rax
	movq	%rax, 0x8(%rsp)
	movq	%rsp, %rsi
	leaq	0x10(%rsp), %rdi
	movl	$16, %ecx
	rep movsb
	RELOAD
R(ms_rep_movsb)
	movq	%rcx, %rsp
	subq	$16, %rsp
	EPI
ENDF(ms_rep_movsb)

// TRUTH ms_rep_stosq_runtime_count broken - 3-string rep stosq from 0x8 with rcx = arg & 3: reaches the slot 0x18 only when rcx = 3 (rax=S+8)
FUNC(ms_rep_stosq_runtime_count)
	PRO
	SPILL
	movq	%rdi, %rcx
	andl	$3, %ecx
	leaq	8(%rsp), %rax
	leaq	0x8(%rsp), %rdi
	rep stosq
	RELOAD
R(ms_rep_stosq_runtime_count)
	movq	%rcx, %rsp
	EPI
ENDF(ms_rep_stosq_runtime_count)

// TRUTH ms_rep_stosq_computed_count delta 8 3-string rep stosq from 0x0 with rcx = 1<<2 = 4 covers 0x0..0x1f incl. the slot; rax=S+8
FUNC(ms_rep_stosq_computed_count)
	PRO
	SPILL
	movl	$1, %ecx
	shll	$2, %ecx
	leaq	8(%rsp), %rax
	movq	%rsp, %rdi
	rep stosq
	RELOAD
R(ms_rep_stosq_computed_count)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(ms_rep_stosq_computed_count)

// TRUTH ms_rep_stosb_lowbyte broken - 3-string rep stosb rcx=1 al=0 at 0x18 clears the low byte of the spilled copy
FUNC(ms_rep_stosb_lowbyte)
	PRO
	SPILL
	leaq	0x18(%rsp), %rdi
	movl	$1, %ecx
	xorl	%eax, %eax
	rep stosb
	RELOAD
R(ms_rep_stosb_lowbyte)
	movq	%rcx, %rsp
	EPI
ENDF(ms_rep_stosb_lowbyte)

// TRUTH ms_stos_disjoint redundant - 3-string rep stosq rcx=1 at 0x20 writes only 0x20..0x27; slot 0x18 keeps S
FUNC(ms_stos_disjoint)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	leaq	0x20(%rsp), %rdi
	movl	$1, %ecx
	rep stosq
	RELOAD
R(ms_stos_disjoint)
	movq	%rcx, %rsp
	EPI
ENDF(ms_stos_disjoint)

// TRUTH ms_std_disjoint redundant - 3-string std; rep stosq rcx=1 at 0x10 writes only 0x10..0x17; slot 0x18 keeps S
FUNC(ms_std_disjoint)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	leaq	0x10(%rsp), %rdi
	movl	$1, %ecx
	std
	rep stosq
	cld
	RELOAD
R(ms_std_disjoint)
	movq	%rcx, %rsp
	EPI
ENDF(ms_std_disjoint)

// TRUTH ms_lodsq delta 8 3-string rax = S, then lodsq from 0x10 (holding S+8) overwrites rax
FUNC(ms_lodsq)
	PRO
	leaq	8(%rsp), %rdx
	movq	%rdx, 0x10(%rsp)
	movq	%rsp, %rax
	leaq	0x10(%rsp), %rsi
	lodsq
R(ms_lodsq)
	movq	%rax, %rsp
	subq	$8, %rsp
	EPI
ENDF(ms_lodsq)
