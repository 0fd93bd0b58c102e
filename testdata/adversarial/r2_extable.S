// r2_extable.S -- round 2, class 1: __ex_table handlers with register/memory
// side effects, duplicate entries, fixups in another function, faulting
// restores.  6.12 format (adv.h EXT): data word = type (bits 0-7) | reg
// (bits 8-11, x86 encoding: ax=0 cx=1 dx=2 bx=3 sp=4 bp=5 si=6 di=7 r8..r15)
// | flags (12-15) | imm (16-31).  Handlers (arch/x86/mm/extable.c, 6.12):
//   EX_TYPE_IMM_REG (17):      *reg = imm            (ZERO_REG/EFAULT_REG/ONE_REG)
//   EX_TYPE_RDMSR_SAFE (11):   ax = dx = 0; *reg = imm
//   EX_TYPE_POP_ZERO (16):     *(u64 *)regs->sp = 0  (the word at %rsp!)
//   (EX_TYPE_BPF is in r2_extable_bpf.S: its entry makes objtool abort.)
//   EX_TYPE_UACCESS (3):       ex_handler_default: no register written
// S := %rsp after PRO.
#include "adv.h"

// TRUTH x_zero_reg_rbx broken - 1-extable EX_TYPE_ZERO_REG with reg=rbx (0x311): the handler zeroes the copy in callee-saved rbx on the fault path
FUNC(x_zero_reg_rbx)
	PRO
	movq	%rsp, %rbx
1:	movq	(%rdi), %rax
2:
R(x_zero_reg_rbx)
	movq	%rbx, %rsp
	movq	%rax, (%rsi)
	EPI
ENDF(x_zero_reg_rbx)
	EXT(1b, 2b, 0x311)

// TRUTH x_efault_r12 broken - 1-extable EX_TYPE_EFAULT_REG with reg=r12 (0xfff20c11): r12 = -EFAULT on the fault path
FUNC(x_efault_r12)
	pushq	%r12
	PRO
	movq	%rsp, %r12
1:	movq	(%rdi), %rax
2:
R(x_efault_r12)
	movq	%r12, %rsp
	movq	%rax, (%rsi)
	addq	$0x28, %rsp
	popq	%rbx
	popq	%r12
	jmp	__x86_return_thunk
ENDF(x_efault_r12)
	EXT(1b, 2b, 0xfff20c11)

// TRUTH x_one_reg_r13 broken - 1-extable EX_TYPE_ONE_REG with reg=r13 (0x10d11): r13 = 1 on the fault path
FUNC(x_one_reg_r13)
	pushq	%r13
	PRO
	movq	%rsp, %r13
1:	movq	(%rdi), %rax
2:
R(x_one_reg_r13)
	movq	%r13, %rsp
	movq	%rax, (%rsi)
	addq	$0x28, %rsp
	popq	%rbx
	popq	%r13
	jmp	__x86_return_thunk
ENDF(x_one_reg_r13)
	EXT(1b, 2b, 0x10d11)

// TRUTH x_rdmsr_safe_rbx broken - 1-extable EX_TYPE_RDMSR_SAFE with reg=rbx (0xfffb030b): handler writes rbx = -EIO on a faulting rdmsr
FUNC(x_rdmsr_safe_rbx)
	PRO
	movq	%rsp, %rbx
	movl	%edi, %ecx
1:	rdmsr
2:
R(x_rdmsr_safe_rbx)
	movq	%rbx, %rsp
	movl	%eax, (%rsi)
	EPI
ENDF(x_rdmsr_safe_rbx)
	EXT(1b, 2b, 0xfffb030b)

// x_uaccess_regfield (honest): EX_TYPE_UACCESS with a reg field of rbx: the
// default handler ignores the reg field and writes no register.
// TRUTH x_uaccess_regfield redundant - 1-extable EX_TYPE_UACCESS|reg rbx (0x303): ex_handler_uaccess writes no register; rbx = S on both paths
FUNC(x_uaccess_regfield)
	PRO
	movq	%rsp, %rbx
1:	movq	(%rdi), %rax
2:
R(x_uaccess_regfield)
	movq	%rbx, %rsp
	movq	%rax, (%rsi)
	EPI
ENDF(x_uaccess_regfield)
	EXT(1b, 2b, 0x303)

// x_pop_zero: EX_TYPE_POP_ZERO stores 0 at the faulting context's %rsp,
// which is the spill slot 0(%rsp) (no call anywhere).
// TRUTH x_pop_zero broken - 1-extable EX_TYPE_POP_ZERO (16) handler writes 0 to *(regs->sp) = the spill slot 0(%rsp) on the fault path
FUNC(x_pop_zero)
	PRO
	movq	%rsp, (%rsp)
1:	movq	(%rdi), %rax
2:	movq	(%rsp), %rcx
R(x_pop_zero)
	movq	%rcx, %rsp
	movq	%rax, (%rsi)
	EPI
ENDF(x_pop_zero)
	EXT(1b, 2b, 16)

// x_dup_a / x_dup_b: two __ex_table entries for the same instruction with
// different fixups (the kernel's binary search may return either one).
// Fixup 2: keeps rbx = S; fixup 3: sets rbx = S+8 and jumps to the restore.
// x_dup_a lists the honest fixup first, x_dup_b second.
// TRUTH x_dup_a broken - 1-extable two entries for one insn (honest fixup first, then one that sets rbx=S+8): either may be used
FUNC(x_dup_a)
	PRO
	movq	%rsp, %rbx
1:	movq	(%rdi), %rax
2:
.Lxda_r:
R(x_dup_a)
	movq	%rbx, %rsp
	EPI
3:	leaq	8(%rsp), %rbx
	jmp	.Lxda_r
ENDF(x_dup_a)
	EXT(1b, 2b, EX_TYPE_UACCESS)
	EXT(1b, 3b, EX_TYPE_UACCESS)

// TRUTH x_dup_b broken - 1-extable two entries for one insn (the one setting rbx=S+8 first, then the honest one): either may be used
FUNC(x_dup_b)
	PRO
	movq	%rsp, %rbx
1:	movq	(%rdi), %rax
2:
.Lxdb_r:
R(x_dup_b)
	movq	%rbx, %rsp
	EPI
3:	leaq	8(%rsp), %rbx
	jmp	.Lxdb_r
ENDF(x_dup_b)
	EXT(1b, 3b, EX_TYPE_UACCESS)
	EXT(1b, 2b, EX_TYPE_UACCESS)

// x_dup_types: same insn, same fixup, two types: UACCESS (no register) and
// ZERO_REG(rbx).
// TRUTH x_dup_types broken - 1-extable two entries for one insn and one fixup: EX_TYPE_UACCESS and EX_TYPE_ZERO_REG(rbx); the second zeroes the copy
FUNC(x_dup_types)
	PRO
	movq	%rsp, %rbx
1:	movq	(%rdi), %rax
2:
R(x_dup_types)
	movq	%rbx, %rsp
	movq	%rax, (%rsi)
	EPI
ENDF(x_dup_types)
	EXT(1b, 2b, EX_TYPE_UACCESS)
	EXT(1b, 2b, 0x311)

// x_cross_b: its own path has rcx = S (delta 0); x_cross_a (same frame
// shape) has a faulting load whose fixup is x_cross_b's restore, reached with
// x_cross_a's %rsp and rcx = that %rsp + 8 (delta +8).
// TRUTH x_cross_b broken - 1-extable the restore is also the fixup of a load in x_cross_a, reached with rcx = %rsp+8 (own path: rcx = S)
FUNC(x_cross_b)
	PRO
	movq	%rsp, %rcx
	movq	%rcx, (%rdi)
.Lxcb_fix:
R(x_cross_b)
	movq	%rcx, %rsp
	EPI
ENDF(x_cross_b)

FUNC(x_cross_a)
	PRO
	leaq	8(%rsp), %rcx
1:	movq	(%rdi), %rax
	movq	%rax, (%rsi)
	EPI
ENDF(x_cross_a)
	EXT(1b, .Lxcb_fix, EX_TYPE_UACCESS)

// x_restore_retry: the restore itself faults (mov 0x10(%rsp),%rsp with an
// __ex_table entry); its fixup adds 8 to the slot and retries it.
//   first execution: loads S ; after a fault: loads S+8          => broken
// TRUTH x_restore_retry broken - 1-extable the restore mov 0x10(%rsp),%rsp has an extable entry whose fixup adds 8 to the slot and retries
FUNC(x_restore_retry)
	PRO
	movq	%rsp, 0x10(%rsp)
1:
R(x_restore_retry)
	movq	0x10(%rsp), %rsp
	EPI
3:	addq	$8, 0x10(%rsp)
	jmp	1b
ENDF(x_restore_retry)
	EXT(1b, 3b, EX_TYPE_DEFAULT)

// x_restore_skip (honest): the restore faults -> fixup just after it; when it
// completes it loads S.
// TRUTH x_restore_skip redundant - 1-extable the restore mov 0x10(%rsp),%rsp has an extable entry skipping it; when it writes, it writes S
FUNC(x_restore_skip)
	PRO
	movq	%rsp, 0x10(%rsp)
1:
R(x_restore_skip)
	movq	0x10(%rsp), %rsp
2:
	EPI
ENDF(x_restore_skip)
	EXT(1b, 2b, EX_TYPE_DEFAULT)

// x_fixup_loop_head (honest): the fixup sets rcx = S+8 but re-enters the loop
// at its head, where the copy is recomputed.
// TRUTH x_fixup_loop_head redundant - 1-extable fixup (rcx=S+8) jumps back to the loop head, which recomputes rcx = S before the restore
FUNC(x_fixup_loop_head)
	PRO
	movq	%rdi, %rbx
.Lxflh_head:
	movq	%rsp, %rcx
1:	movq	(%rbx), %rax
R(x_fixup_loop_head)
	movq	%rcx, %rsp
	testq	%rax, %rax
	jne	.Lxflh_head
	EPI
3:	leaq	8(%rsp), %rcx
	jmp	.Lxflh_head
ENDF(x_fixup_loop_head)
	EXT(1b, 3b, EX_TYPE_DEFAULT)

// x_fixup_loop_mid: the same, but the fixup re-enters after the copy.
// TRUTH x_fixup_loop_mid broken - 1-extable fixup sets rbx=S+8 and jumps into the loop after the copy, straight to the restore
FUNC(x_fixup_loop_mid)
	PRO
	movq	%rdi, %rsi
.Lxflm_head:
	movq	%rsp, %rbx
1:	movq	(%rsi), %rax
.Lxflm_mid:
R(x_fixup_loop_mid)
	movq	%rbx, %rsp
	testq	%rax, %rax
	jne	.Lxflm_head
	EPI
3:	leaq	8(%rsp), %rbx
	xorl	%eax, %eax
	jmp	.Lxflm_mid
ENDF(x_fixup_loop_mid)
	EXT(1b, 3b, EX_TYPE_DEFAULT)
