// cfg_extable.S -- class 1: control flow that only the exception table knows.
//
// Every function uses PRO/EPI (push %rbx; sub $0x28,%rsp), S := %rsp after the
// prologue (CFA-0x38).  "fault path" = the faulting instruction raised an
// exception and the kernel's fixup handler resumed at the __ex_table fixup
// (the instruction did NOT complete; the handler may change registers as its
// type says: EX_FLAG_CLEAR_AX clears %rax, EX_TYPE_FAULT puts the trap number
// in %rax, EX_TYPE_IMM_REG writes an immediate into the encoded register).
//
// Truth lines ("TRUTH id truth delta class reason") are collected into truth.tsv by gen_truth.py.
#include "adv.h"

// ext_skip_copy: the fault edge 1:->2: skips the `mov %rsp,%rcx`.
//   normal: rcx = S   -> writes S   (delta 0)
//   fault:  rcx = S+8 -> writes S+8 (delta +8)      => broken
// TRUTH ext_skip_copy broken - 1-extable fault edge (fixup = the restore) skips mov %rsp,%rcx: rcx=S normal, S+8 on fault
FUNC(ext_skip_copy)
	PRO
	leaq	8(%rsp), %rcx
1:	movq	(%rdi), %rax
	movq	%rsp, %rcx
2:
R(ext_skip_copy)
	movq	%rcx, %rsp
	movq	%rax, (%rsi)
	EPI
ENDF(ext_skip_copy)
	EXT(1b, 2b, EX_TYPE_DEFAULT)

// ext_fixup_only_broken: the code at 3: is reached ONLY through __ex_table,
// from two faulting loads with different %rcx.
//   fault at 1: rcx = S ; fault at 2: rcx = S+8          => broken
// TRUTH ext_fixup_only_broken broken - 1-extable restore reached only from two __ex_table fixups with rcx=S and rcx=S+8
FUNC(ext_fixup_only_broken)
	PRO
	movq	%rsp, %rcx
1:	movq	(%rdi), %rax
	leaq	8(%rsp), %rcx
2:	movq	(%rsi), %rdx
	addq	%rdx, %rax
	EPI
3:
R(ext_fixup_only_broken)
	movq	%rcx, %rsp
	movq	$-14, %rax
	EPI
ENDF(ext_fixup_only_broken)
	EXT(1b, 3b, EX_TYPE_UACCESS)
	EXT(2b, 3b, EX_TYPE_UACCESS)

// ext_fixup_only_redundant (honest): fixup-only code reloads the spilled copy.
//   only path: fault at 1:, slot 0x10 = S, rcx = S          => redundant
// TRUTH ext_fixup_only_redundant redundant - 1-extable restore reached only via __ex_table; slot 0x10 holds S (no call, not escaped)
FUNC(ext_fixup_only_redundant)
	PRO
	movq	%rsp, 0x10(%rsp)
1:	movq	(%rdi), %rax
	EPI
2:	movq	0x10(%rsp), %rcx
R(ext_fixup_only_redundant)
	movq	%rcx, %rsp
	movq	$-14, %rax
	EPI
ENDF(ext_fixup_only_redundant)
	EXT(1b, 2b, EX_TYPE_DEFAULT)

// ext_zero_reg: EX_TYPE_ZERO_REG for %rcx, fixup = the next instruction.
//   normal: rcx = S ; fault: handler sets rcx = 0                => broken
// TRUTH ext_zero_reg broken - 1-extable EX_TYPE_ZERO_REG(rcx) handler writes rcx=0 on the fault path; normal rcx=S
FUNC(ext_zero_reg)
	PRO
	movq	%rsp, %rcx
1:	movq	(%rdi), %rax
2:
R(ext_zero_reg)
	movq	%rcx, %rsp
	EPI
ENDF(ext_zero_reg)
	EXT(1b, 2b, EX_TYPE_ZERO_REG_RCX)

// ext_clear_ax: EX_TYPE_DEFAULT|EX_FLAG_CLEAR_AX, copy kept in %rax.
//   normal: rax = S ; fault: rax = 0                             => broken
// TRUTH ext_clear_ax broken - 1-extable EX_FLAG_CLEAR_AX zeroes rax (the copy) on the fault path; normal rax=S
FUNC(ext_clear_ax)
	PRO
	movq	%rsp, %rax
1:	movq	(%rdi), %rdx
2:
R(ext_clear_ax)
	movq	%rax, %rsp
	movq	%rdx, (%rsi)
	EPI
ENDF(ext_clear_ax)
	EXT(1b, 2b, EX_TYPE_DEFAULT_CLEAR_AX)

// ext_fault_ax: EX_TYPE_FAULT puts the trap number in %rax.
//   normal: rax = S ; fault: rax = 14 (#PF)                      => broken
// TRUTH ext_fault_ax broken - 1-extable EX_TYPE_FAULT sets rax=trapnr on the fault path; normal rax=S
FUNC(ext_fault_ax)
	PRO
	leaq	(%rsp), %rax
1:	movl	(%rdi), %edx
2:
R(ext_fault_ax)
	movq	%rax, %rsp
	movl	%edx, (%rsi)
	EPI
ENDF(ext_fault_ax)
	EXT(1b, 2b, EX_TYPE_FAULT)

// ext_fixup_loop: the fixup bumps the spilled copy and re-enters the loop.
//   first arrival: slot = S ; after a fault at 1: slot = S+8 (and every later
//   fault adds 8 more)                                           => broken
// TRUTH ext_fixup_loop broken - 1-extable loop head restore; the fixup-only block adds 8 to the spilled copy and jumps back
FUNC(ext_fixup_loop)
	PRO
	movq	%rdi, %rbx
	movq	%rsp, 0x10(%rsp)
.Lefl_head:
	movq	0x10(%rsp), %rcx
R(ext_fixup_loop)
	movq	%rcx, %rsp
	call	foo
1:	movq	(%rbx), %rax
	testq	%rax, %rax
	jne	.Lefl_head
	EPI
3:	addq	$8, 0x10(%rsp)
	jmp	.Lefl_head
ENDF(ext_fixup_loop)
	EXT(1b, 3b, EX_TYPE_DEFAULT)

// ext_merge_same (honest): fault edge 1:->2: skips the reload, but %rcx
// already holds S (copied before, no call in between).
//   normal: rcx = reload of slot = S ; fault: rcx = S            => redundant
// TRUTH ext_merge_same redundant - 1-extable fault edge skips the reload but rcx already = S on both paths
FUNC(ext_merge_same)
	PRO
	movq	%rsp, %rcx
	movq	%rcx, 0x10(%rsp)
1:	movq	(%rdi), %rax
	movq	0x10(%rsp), %rcx
2:
R(ext_merge_same)
	movq	%rcx, %rsp
	movq	%rax, (%rsi)
	EPI
ENDF(ext_merge_same)
	EXT(1b, 2b, EX_TYPE_UACCESS)
