// cfg_jumptable.S -- class 1: jump tables and other indirect jumps.
//
// Tables are clang -mcmodel=kernel style: `jmp *.Ltab(,%reg,8)` with the
// table in .rodata holding R_X86_64_64 relocations to labels of the same
// function.  Case blocks are placed after the function's return so that they
// are reachable ONLY through the table.  S := %rsp after the prologue.
#include "adv.h"

// jt_case_merge: the default path falls straight into the merge restore with
// rcx = S; case 1 (only via the table) sets rcx = S+8 and jumps to it.
//   default/case0/case2: S ; case1: S+8                              => broken
// TRUTH jt_case_merge broken - 1-jumptable merge restore: fall-through/default rcx=S, table-only case 1 sets rcx=S+8
FUNC(jt_case_merge)
	PRO
	movq	%rsp, %rcx
	cmpq	$2, %rdi
	ja	.Ljcm_merge
	jmp	*.Ljcm_tab(,%rdi,8)
.Ljcm_merge:
R(jt_case_merge)
	movq	%rcx, %rsp
	EPI
.Ljcm_c1:
	leaq	8(%rsp), %rcx
	jmp	.Ljcm_merge
ENDF(jt_case_merge)
	.pushsection .rodata
	.p2align 3
.Ljcm_tab:
	.quad	.Ljcm_merge, .Ljcm_c1, .Ljcm_merge
	.popsection

// jt_case_only: restores that live only in table cases.
//   case 0: rcx = S      -> redundant
//   case 1: rdx = S+0x18 -> delta +0x18
//   case 2: rax = S with low byte cleared -> broken
// TRUTH jt_case_only_c0 redundant - 1-jumptable restore reachable only through the jump table; rcx = S
// TRUTH jt_case_only_c1 delta 24 1-jumptable restore reachable only through the jump table; rdx = S+0x18
// TRUTH jt_case_only_c2 broken - 1-jumptable restore reachable only through the jump table; rax = S with low byte 0
FUNC(jt_case_only)
	PRO
	movq	%rsp, %rcx
	leaq	0x18(%rsp), %rdx
	movq	%rsp, %rax
	movb	$0, %al
	cmpq	$2, %rdi
	ja	.Ljco_out
	jmp	*.Ljco_tab(,%rdi,8)
.Ljco_out:
	EPI
.Ljco_c0:
R(jt_case_only_c0)
	movq	%rcx, %rsp
	jmp	.Ljco_out
.Ljco_c1:
R(jt_case_only_c1)
	movq	%rdx, %rsp
	subq	$0x18, %rsp
	jmp	.Ljco_out
.Ljco_c2:
R(jt_case_only_c2)
	movq	%rax, %rsp
	jmp	.Ljco_out
ENDF(jt_case_only)
	.pushsection .rodata
	.p2align 3
.Ljco_tab:
	.quad	.Ljco_c0, .Ljco_c1, .Ljco_c2
	.popsection

// jt_all_same (honest): every case reaches the merge with a copy of S
// (through %rcx, through the slot, through %rbx).
// TRUTH jt_all_same redundant - 1-jumptable all table cases deliver S (rcx copy, slot reload, rbx copy)
FUNC(jt_all_same)
	PRO
	movq	%rsp, %rbx
	movq	%rsp, 0x10(%rsp)
	andl	$3, %edi
	jmp	*.Ljas_tab(,%rdi,8)
.Ljas_c0:
	movq	%rbx, %rcx
	jmp	.Ljas_m
.Ljas_c1:
	movq	0x10(%rsp), %rcx
	jmp	.Ljas_m
.Ljas_c2:
	call	foo
	movq	0x10(%rsp), %rcx
	jmp	.Ljas_m
.Ljas_c3:
	movq	%rsp, %rcx
.Ljas_m:
R(jt_all_same)
	movq	%rcx, %rsp
	EPI
ENDF(jt_all_same)
	.pushsection .rodata
	.p2align 3
.Ljas_tab:
	.quad	.Ljas_c0, .Ljas_c1, .Ljas_c2, .Ljas_c3
	.popsection

// jt_loop_case: a table case is the loop's only back edge and it modifies
// the spilled copy: the loop-head restore sees S first, S+8 after case 1.
// TRUTH jt_loop_case broken - 1-jumptable loop head restore; the back edge exists only through a table case that adds 8 to the slot
FUNC(jt_loop_case)
	PRO
	movq	%rdi, %rbx
	movq	%rsp, 0x10(%rsp)
.Ljlc_head:
	movq	0x10(%rsp), %rcx
R(jt_loop_case)
	movq	%rcx, %rsp
	call	foo
	andl	$1, %eax
	jmp	*.Ljlc_tab(,%rax,8)
.Ljlc_c0:
	EPI
.Ljlc_c1:
	addq	$8, 0x10(%rsp)
	jmp	.Ljlc_head
ENDF(jt_loop_case)
	.pushsection .rodata
	.p2align 3
.Ljlc_tab:
	.quad	.Ljlc_c0, .Ljlc_c1
	.popsection

// ind_only: code reachable only through a register-indirect jump (no table):
// %rax = address of the target, computed rip-relative.
//   one path rcx = S, the other rcx = S+8                            => broken
// TRUTH ind_only broken - 1-indirect restore reachable only via jmp *%rax (lea rip-relative target); rcx = S or S+8
FUNC(ind_only)
	PRO
	movq	%rsp, %rcx
	leaq	.Lio_tgt(%rip), %rax
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rcx
1:	jmp	*%rax
	int3
	EPI
.Lio_tgt:
R(ind_only)
	movq	%rcx, %rsp
	EPI
ENDF(ind_only)
