// memory_below_rsp.S -- class 3: copies kept below %rsp.  The kernel has no
// red zone: an interrupt (or the return address pushed by a call) may
// overwrite anything below %rsp at any instruction, so a value reloaded from
// there is not provable.  S := %rsp after PRO.
#include "adv.h"

// TRUTH mb_minus8 broken - 3-below-rsp copy stored at -8(%rsp) and reloaded: an interrupt may clobber it
FUNC(mb_minus8)
	PRO
	movq	%rsp, %rcx
	movq	%rcx, -8(%rsp)
	xorl	%ecx, %ecx
	movq	(%rdi), %rax
	movq	-8(%rsp), %rcx
R(mb_minus8)
	movq	%rcx, %rsp
	EPI
ENDF(mb_minus8)

// TRUTH mb_call_retaddr broken - 3-below-rsp copy at -8(%rsp) across a call: the call's return address is written exactly there
FUNC(mb_call_retaddr)
	PRO
	movq	%rsp, -8(%rsp)
	call	foo
	movq	-8(%rsp), %rcx
R(mb_call_retaddr)
	movq	%rcx, %rsp
	EPI
ENDF(mb_call_retaddr)

// TRUTH mb_push_pop_stale broken - 3-below-rsp push %rcx (=S) then pop: the copy at S-8 is now below %rsp and reloaded from -8(%rsp)
FUNC(mb_push_pop_stale)
	PRO
	movq	%rsp, %rcx
	pushq	%rcx
	popq	%rdx
	movq	-8(%rsp), %rax
R(mb_push_pop_stale)
	movq	%rax, %rsp
	EPI
ENDF(mb_push_pop_stale)

// TRUTH mb_sub_add_window broken - 3-below-rsp copy stored in a sub'd area, area released (add), re-entered (sub) and reloaded
FUNC(mb_sub_add_window)
	PRO
	movq	%rsp, %rcx
	subq	$0x10, %rsp
	movq	%rcx, 8(%rsp)
	addq	$0x10, %rsp
	movq	(%rdi), %rax
	subq	$0x10, %rsp
	movq	8(%rsp), %rax
	addq	$0x10, %rsp
R(mb_sub_add_window)
	movq	%rax, %rsp
	EPI
ENDF(mb_sub_add_window)

// TRUTH mb_alloc_delta delta 256 2-values copy taken before sub $0x100,%rsp and restored afterwards: writes S while %rsp = S-0x100
FUNC(mb_alloc_delta)
	PRO
	movq	%rsp, %rbx
	subq	$0x100, %rsp
	movq	%rsp, %rdi
	call	foo
R(mb_alloc_delta)
	movq	%rbx, %rsp
	EPI
ENDF(mb_alloc_delta)

// TRUTH mb_at_rsp_nocall redundant - 3-below-rsp copy at (%rsp) (not below), no call before the reload
FUNC(mb_at_rsp_nocall)
	PRO
	movq	%rsp, (%rsp)
	movq	(%rdi), %rax
	movq	(%rsp), %rcx
R(mb_at_rsp_nocall)
	movq	%rcx, %rsp
	EPI
ENDF(mb_at_rsp_nocall)

// TRUTH mb_pushed_copy redundant - 3-below-rsp sub $8; copy S stored at (%rsp) (above %rsp); reloaded before add $8 releases it
FUNC(mb_pushed_copy)
	PRO
	movq	%rsp, %rcx
	subq	$8, %rsp
	movq	%rcx, (%rsp)
	movq	(%rdi), %rdx
	movq	(%rsp), %rax
	addq	$8, %rsp
R(mb_pushed_copy)
	movq	%rax, %rsp
	EPI
ENDF(mb_pushed_copy)

// TRUTH mb_below_after_restore broken - 3-below-rsp the spill slot 0x10 lies below %rsp after a restore that moved %rsp up by 0x20, then it is reloaded
FUNC(mb_below_after_restore)
	PRO
	movq	%rsp, 0x10(%rsp)
	leaq	0x20(%rsp), %rax
R(mb_below_after_restore_up)
	movq	%rax, %rsp
	movq	(%rdi), %rdx
	movq	-0x10(%rsp), %rcx
R(mb_below_after_restore)
	movq	%rcx, %rsp
	EPI
ENDF(mb_below_after_restore)
// TRUTH mb_below_after_restore_up delta 32 3-below-rsp lea 0x20(%rsp),%rax; mov %rax,%rsp: writes S+0x20 over S
