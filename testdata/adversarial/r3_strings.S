// r3_strings.S -- string instructions, part-way faults, pieces of values and
// read-modify-writes that leave memory alone (session 7 rules).
//
// Every function uses PRO/EPI (push %rbx; sub $0x28,%rsp), S := %rsp after the
// prologue (CFA-0x38).  Slot N = N(%rsp) = S+N.
//
// Truth lines ("TRUTH id truth delta class reason") are collected into
// truth.tsv by gen_truth.py.
#include "adv.h"

// s3_rep_fault_slot: `rep movsb` copies 16 user bytes over S+8..S+0x18, which
// covers slot 0x10 holding S.  It may fault part-way (copy_from_user): the
// fixup then runs with 0..15 bytes copied.
//   fault after n bytes, 3 <= n: slot 0x10's low bytes are user data -> any value
//   fault after n <= 2 bytes:    slot 0x10 = S                        -> S
//   => broken (the fixup restores from a slot the copy may have reached)
// TRUTH s3_rep_fault_slot broken - 1-extable rep movsb over the slot may fault part-way; the fixup reloads a slot holding user bytes
FUNC(s3_rep_fault_slot)
	PRO
	movq	%rsp, 0x10(%rsp)
	leaq	0x8(%rsp), %rdi
	movl	$16, %ecx
1:	rep movsb
	EPI
2:	movq	0x10(%rsp), %rcx
R(s3_rep_fault_slot)
	movq	%rcx, %rsp
	movq	$-14, %rax
	EPI
ENDF(s3_rep_fault_slot)
	EXT(1b, 2b, EX_TYPE_UACCESS)

// s3_rep_fault_disjoint (honest): the same, but the copy covers S+0x18..S+0x28
// and slot 0x10 stays S however far it got.
//   fault after any n: slot 0x10 = S -> S     => redundant
// TRUTH s3_rep_fault_disjoint redundant - 1-extable rep movsb over S+0x18..S+0x28 faults part-way; slot 0x10 untouched
FUNC(s3_rep_fault_disjoint)
	PRO
	movq	%rsp, 0x10(%rsp)
	leaq	0x18(%rsp), %rdi
	movl	$16, %ecx
1:	rep movsb
	EPI
2:	movq	0x10(%rsp), %rcx
R(s3_rep_fault_disjoint)
	movq	%rcx, %rsp
	movq	$-14, %rax
	EPI
ENDF(s3_rep_fault_disjoint)
	EXT(1b, 2b, EX_TYPE_UACCESS)

// s3_rep_fault_count: the fixup uses %rcx, which a part-way `rep stosq` left
// anywhere in 1..2 (bytes not yet stored / 8).
//   fault with rcx = 2: rdx = S+16 ; rcx = 1: rdx = S+8   => broken
// TRUTH s3_rep_fault_count broken - 1-extable rep stosq faults part-way: rcx in 1..2 at the fixup, rdx = S+8*rcx
FUNC(s3_rep_fault_count)
	PRO
	movq	(%rsi), %rdi
	movl	$2, %ecx
	xorl	%eax, %eax
1:	rep stosq
	EPI
2:	leaq	(%rsp,%rcx,8), %rdx
R(s3_rep_fault_count)
	movq	%rdx, %rsp
	EPI
ENDF(s3_rep_fault_count)
	EXT(1b, 2b, EX_TYPE_UACCESS)

// s3_rep_stos_rcx0 (honest): a `rep stosq` that completes leaves %rcx = 0.
//   only path: rcx = 0 -> rdx = S      => redundant
// TRUTH s3_rep_stos_rcx0 redundant - 2-values rep stosq runs to rcx=0; lea (%rsp,%rcx,8) = S
FUNC(s3_rep_stos_rcx0)
	PRO
	leaq	0x8(%rsp), %rdi
	movl	$2, %ecx
	xorl	%eax, %eax
	rep stosq
	leaq	(%rsp,%rcx,8), %rdx
R(s3_rep_stos_rcx0)
	movq	%rdx, %rsp
	EPI
ENDF(s3_rep_stos_rcx0)

// s3_repe_cmps_rcx: `repe cmpsb` stops at the first differing byte, so %rcx
// is 0..3 afterwards (4 - bytes compared).
//   first bytes differ: rcx = 3 -> rdx = S+24 ; all equal: rcx = 0 -> S   => broken
// TRUTH s3_repe_cmps_rcx broken - 2-values repe cmpsb stops early: rcx in 0..3, rdx = S+8*rcx
FUNC(s3_repe_cmps_rcx)
	PRO
	movl	$4, %ecx
	repe cmpsb
	leaq	(%rsp,%rcx,8), %rdx
R(s3_repe_cmps_rcx)
	movq	%rdx, %rsp
	EPI
ENDF(s3_repe_cmps_rcx)

// s3_repne_scas_rcx: `repne scasb` stops at the first byte equal to %al.
//   byte found first: rcx = 3 -> rdx = S+24 ; not found: rcx = 0 -> S   => broken
// TRUTH s3_repne_scas_rcx broken - 2-values repne scasb stops early: rcx in 0..3, rdx = S+8*rcx
FUNC(s3_repne_scas_rcx)
	PRO
	movl	$4, %ecx
	xorl	%eax, %eax
	repne scasb
	leaq	(%rsp,%rcx,8), %rdx
R(s3_repne_scas_rcx)
	movq	%rdx, %rsp
	EPI
ENDF(s3_repne_scas_rcx)

// s3_stos_pointer: `stosq` stores %rax = S through %rdi = S+8 and advances
// %rdi to S+0x10; the restore uses %rdi - 0x10.
//   only path: rdi = S+0x10 -> rdx = S    => redundant (the value stored is
//   not part of the pointer)
// TRUTH s3_stos_pointer redundant - 2-values stosq advances rdi by 8 from S+8; rdi-0x10 = S
FUNC(s3_stos_pointer)
	PRO
	movq	%rsp, %rax
	leaq	0x8(%rsp), %rdi
	stosq
	leaq	-0x10(%rdi), %rdx
R(s3_stos_pointer)
	movq	%rdx, %rsp
	EPI
ENDF(s3_stos_pointer)

// s3_lock_add0: mb()'s `lock addl $0` and `lock orq $0` on the slot holding S
// leave its bytes as they were.
//   only path: slot 0x10 = S -> S     => redundant
// TRUTH s3_lock_add0 redundant - 2-values lock addl $0 and lock orq $0 on the slot leave S
FUNC(s3_lock_add0)
	PRO
	movq	%rsp, 0x10(%rsp)
	lock addl $0, 0x10(%rsp)
	lock orq $0, 0x10(%rsp)
	lock addl $0, 0x14(%rsp)
	lock addl $0, -4(%rsp)
	movq	0x10(%rsp), %rcx
R(s3_lock_add0)
	movq	%rcx, %rsp
	EPI
ENDF(s3_lock_add0)

// s3_lock_add1: `lock addl $1` on the low half of the slot.  S is 8-aligned,
// so the low dword is not 0xffffffff and no carry is lost.
//   only path: slot 0x10 = S+1 -> S+1   => delta +1
// TRUTH s3_lock_add1 delta 1 2-values lock addl $1 on the slot's low dword makes S+1
FUNC(s3_lock_add1)
	PRO
	movq	%rsp, 0x10(%rsp)
	lock addl $1, 0x10(%rsp)
	movq	0x10(%rsp), %rcx
R(s3_lock_add1)
	movq	%rcx, %rsp
	EPI
ENDF(s3_lock_add1)

// s3_sub0_then_add: `subl $0` leaves the slot; `addb $1` to its high byte does not.
//   only path: slot 0x10 = S + 2^56 -> far away   => broken
// TRUTH s3_sub0_then_add broken - 2-values subl $0 keeps the slot, addb $1 to byte 7 changes it
FUNC(s3_sub0_then_add)
	PRO
	movq	%rsp, 0x10(%rsp)
	subl	$0, 0x10(%rsp)
	addb	$1, 0x17(%rsp)
	movq	0x10(%rsp), %rcx
R(s3_sub0_then_add)
	movq	%rcx, %rsp
	EPI
ENDF(s3_sub0_then_add)

// s3_piece_dword: only the low half of S is stored into a slot whose high
// half is whatever was there (the caller's garbage: never written here).
//   slot 0x10 = (garbage << 32) | low32(S)   => broken
// TRUTH s3_piece_dword broken - 3-memory movl %esp stores half of S; the reload's high half is stale
FUNC(s3_piece_dword)
	PRO
	movl	%esp, 0x10(%rsp)
	movq	0x10(%rsp), %rcx
R(s3_piece_dword)
	movq	%rcx, %rsp
	EPI
ENDF(s3_piece_dword)

// s3_piece_push16: `pushw %sp` stores 2 bytes of S-2 at S-2..S; the reload
// of 8 bytes at S-2 reads 6 bytes of the slot above it.
//   rcx = bytes S-2..S+6: low 16 bits of S-2, then 6 bytes of slot 0 (never
//   written)   => broken
// TRUTH s3_piece_push16 broken - 3-memory pushw %sp stores 2 bytes; the 8-byte reload is mostly stale
FUNC(s3_piece_push16)
	PRO
	pushw	%sp
	movq	(%rsp), %rcx
	addq	$2, %rsp
	leaq	2(%rcx), %rcx
R(s3_piece_push16)
	movq	%rcx, %rsp
	EPI
ENDF(s3_piece_push16)
