// r2_calls.S -- round 2, class 3: calls and their stack arguments, escapes
// through argument registers, and known callee names used adversarially.
// Frame: PRO (push %rbx; sub $0x28,%rsp), S := %rsp after it.
//
// Contract used for the truth (the brief's): a callee may write its own
// frame, its STACK ARGUMENTS and anything reachable from pointers it was
// handed (rdi rsi rdx rcx r8 r9 rax, stack args, memory).  The arity of an
// unknown callee is unknown, so the slot k(%rsp) at a call is the stack
// argument #(7 + k/8) of a callee with >= 7 + k/8 arguments, whether or not
// the caller wrote 0(%rsp).  Rows that are broken ONLY under this reading
// (and would be redundant under round 1's "only the value at (%rsp) at the
// call" convention) say "[arity]" in their reason.
// KMSAN runtime functions (__msan_warning, __msan_chain_origin,
// __msan_metadata_ptr_for_load_8, __msan_poison_alloca,
// __msan_get_context_state, kmsan_unpoison_memory) take no stack arguments and
// write only shadow memory; __msan_memset/__msan_memcpy/__msan_memmove write
// exactly their destination range (n bytes at dst).
#include "adv.h"

// TRUTH c_arg8_no0 redundant - 3-escape [contract] copy at 8(%rsp), 0(%rsp) never written, call foo: under the calling contract rspill states (stack arguments are written contiguously from %rsp after any earlier call that could own them) foo has no stack argument; an 8-argument foo given garbage for its 7th would break it
FUNC(c_arg8_no0)
	PRO
	movq	%rsp, 8(%rsp)
	call	foo
	movq	8(%rsp), %rcx
R(c_arg8_no0)
	movq	%rcx, %rsp
	EPI
ENDF(c_arg8_no0)

// TRUTH c_arg16_no0 redundant - 3-escape [contract] copy at 0x10(%rsp), 0(%rsp) and 8(%rsp) not written, call foo: no stack argument under the stated calling contract (a 9-argument callee given garbage would break it)
FUNC(c_arg16_no0)
	PRO
	movq	%rsp, 0x10(%rsp)
	call	foo
	movq	0x10(%rsp), %rcx
R(c_arg16_no0)
	movq	%rcx, %rsp
	EPI
ENDF(c_arg16_no0)

// TRUTH c_arg8_with0 broken - 3-escape copy at 8(%rsp) written together with the 7th argument at 0(%rsp): the two slots are foo's 7th/8th stack arguments
FUNC(c_arg8_with0)
	PRO
	movq	%rsp, 8(%rsp)
	movq	%rdi, (%rsp)
	call	foo
	movq	8(%rsp), %rcx
R(c_arg8_with0)
	movq	%rcx, %rsp
	EPI
ENDF(c_arg8_with0)

// TRUTH c_arg16_gap redundant - 3-escape [contract] 0(%rsp) written as an argument, copy at 0x10(%rsp) (8(%rsp) skipped): under the stated calling contract foo takes one stack argument (a 9-argument foo given garbage for its 8th would own 0x10)
FUNC(c_arg16_gap)
	PRO
	movq	%rsp, 0x10(%rsp)
	movq	%rdi, (%rsp)
	call	foo
	movq	0x10(%rsp), %rcx
R(c_arg16_gap)
	movq	%rcx, %rsp
	EPI
ENDF(c_arg16_gap)

// c_arg0_reused: the copy is written at 0(%rsp) before a KMSAN call (no stack
// args), then an unknown foo is called with nothing written in between:
// 0(%rsp) is foo's 7th argument slot (broken under both conventions).
// TRUTH c_arg0_reused broken - 3-escape copy at 0(%rsp) written before an earlier (KMSAN) call and still there at call foo: foo's stack-argument slot
FUNC(c_arg0_reused)
	PRO
	movq	%rsp, (%rsp)
	call	__msan_get_context_state
	call	foo
	movq	(%rsp), %rcx
R(c_arg0_reused)
	movq	%rcx, %rsp
	EPI
ENDF(c_arg0_reused)

// c_arg8_reused: 0(%rsp) and 8(%rsp) (the copy) are written, a KMSAN call
// (no stack args) follows, then bar is called with only 0(%rsp) rewritten:
// the copy at 8(%rsp), written before the earlier call, is bar's 8th argument.
// TRUTH c_arg8_reused broken - 3-escape [arity] copy at 8(%rsp) written (with 0(%rsp)) before an earlier KMSAN call; only 0(%rsp) rewritten before call bar: bar's 8th stack argument
FUNC(c_arg8_reused)
	PRO
	movq	%rdi, (%rsp)
	movq	%rsp, 8(%rsp)
	call	__msan_chain_origin
	movq	%rbx, (%rsp)
	call	bar
	movq	8(%rsp), %rcx
R(c_arg8_reused)
	movq	%rcx, %rsp
	EPI
ENDF(c_arg8_reused)

// TRUTH c_arg0_loop broken - 3-escape copy at 0(%rsp) written once before a loop whose body calls foo: 0(%rsp) is foo's stack argument on every iteration
FUNC(c_arg0_loop)
	PRO
	movl	%edi, %ebx
	movq	%rsp, (%rsp)
1:	call	foo
	decl	%ebx
	jne	1b
	movq	(%rsp), %rcx
R(c_arg0_loop)
	movq	%rcx, %rsp
	EPI
ENDF(c_arg0_loop)

// c_push_args: copy pushed as the 8th argument, 7th pushed below it.
// TRUTH c_push_args broken - 3-escape pushed copy is the 8th stack argument (push %rax=S; push %rdi; call foo)
FUNC(c_push_args)
	PRO
	movq	%rsp, %rax
	pushq	%rax
	pushq	%rdi
	call	foo
	addq	$8, %rsp
	popq	%rcx
R(c_push_args)
	movq	%rcx, %rsp
	EPI
ENDF(c_push_args)

// c_push_kmsan (honest): copy pushed, then a KMSAN call (no stack args).
//   rcx = popped S  (pushed value at S-8, popped after the call)   => redundant
// TRUTH c_push_kmsan redundant - 3-escape pushed copy across __msan_get_context_state (no stack arguments, writes shadow only), popped back: S
FUNC(c_push_kmsan)
	PRO
	movq	%rsp, %rax
	pushq	%rax
	call	__msan_get_context_state
	popq	%rcx
R(c_push_kmsan)
	movq	%rcx, %rsp
	EPI
ENDF(c_push_kmsan)

// TRUTH c_indirect_arg0 broken - 3-escape copy at 0(%rsp) across call *%rax (unknown callee: its stack-argument slot)
FUNC(c_indirect_arg0)
	PRO
	movq	%rsp, (%rsp)
	movq	%rdi, %rax
	call	*%rax
	movq	(%rsp), %rcx
R(c_indirect_arg0)
	movq	%rcx, %rsp
	EPI
ENDF(c_indirect_arg0)

// TRUTH c_thunk_arg0 broken - 3-escape copy at 0(%rsp) across call __x86_indirect_thunk_rax (a retpoline call of *%rax: an unknown callee)
FUNC(c_thunk_arg0)
	PRO
	movq	%rsp, (%rsp)
	movq	%rdi, %rax
	call	__x86_indirect_thunk_rax
	movq	(%rsp), %rcx
R(c_thunk_arg0)
	movq	%rcx, %rsp
	EPI
ENDF(c_thunk_arg0)

// TRUTH c_thunk_ptr broken - 3-escape &slot in %rdi across call __x86_indirect_thunk_r11 (the real callee *%r11 gets the pointer)
FUNC(c_thunk_ptr)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdi
	movq	%rsi, %r11
	call	__x86_indirect_thunk_r11
	movq	0x18(%rsp), %rcx
R(c_thunk_ptr)
	movq	%rcx, %rsp
	EPI
ENDF(c_thunk_ptr)

// TRUTH c_thunk_rbx redundant - 3-escape copy in callee-saved %rbx across call __x86_indirect_thunk_rax: S
FUNC(c_thunk_rbx)
	PRO
	movq	%rsp, %rbx
	movq	%rdi, %rax
	call	__x86_indirect_thunk_rax
R(c_thunk_rbx)
	movq	%rbx, %rsp
	EPI
ENDF(c_thunk_rbx)

// TRUTH c_static_arg0 broken - 3-escape copy at 0(%rsp) across a static call (call __SCT__foo): the target is any function, 0(%rsp) its stack argument
FUNC(c_static_arg0)
	PRO
	movq	%rsp, (%rsp)
	call	__SCT__foo
	movq	(%rsp), %rcx
R(c_static_arg0)
	movq	%rcx, %rsp
	EPI
ENDF(c_static_arg0)

// TRUTH c_static_rcx broken - 3-escape copy in caller-saved %rcx across call __SCT__tp_func_foo
FUNC(c_static_rcx)
	PRO
	movq	%rsp, %rcx
	call	__SCT__tp_func_foo
R(c_static_rcx)
	movq	%rcx, %rsp
	EPI
ENDF(c_static_rcx)

// TRUTH c_static_r12 redundant - 3-escape copy in callee-saved %r12 (saved/restored) across call __SCT__foo: S
FUNC(c_static_r12)
	pushq	%r12
	PRO
	movq	%rsp, %r12
	call	__SCT__foo
R(c_static_r12)
	movq	%r12, %rsp
	addq	$0x28, %rsp
	popq	%rbx
	popq	%r12
	jmp	__x86_return_thunk
ENDF(c_static_r12)

// TRUTH c_ptr_rsi broken - 3-escape &slot passed in %rsi (2nd argument)
FUNC(c_ptr_rsi)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rsi
	call	foo
	movq	0x18(%rsp), %rcx
R(c_ptr_rsi)
	movq	%rcx, %rsp
	EPI
ENDF(c_ptr_rsi)

// TRUTH c_ptr_rax broken - 3-escape &slot passed in %rax (contract: a callee may write through rax too)
FUNC(c_ptr_rax)
	PRO
	movq	%rsp, 0x18(%rsp)
	movq	%rsp, %rax
	addq	$0x18, %rax
	call	foo
	movq	0x18(%rsp), %rcx
R(c_ptr_rax)
	movq	%rcx, %rsp
	EPI
ENDF(c_ptr_rax)

// TRUTH c_ptr_r8_xchg broken - 3-escape &slot reaches %r8 through xchg %r8,%rdx
FUNC(c_ptr_r8_xchg)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdx
	xchgq	%r8, %rdx
	xorl	%edx, %edx
	call	foo
	movq	0x18(%rsp), %rcx
R(c_ptr_r8_xchg)
	movq	%rcx, %rsp
	EPI
ENDF(c_ptr_r8_xchg)

// c_ptr_after_kmsan: &slot handed to __msan_poison_alloca (which only writes
// shadow) -- but it returns with %rdi unknown, which may still be &slot; the
// following foo(rdi) can then write the slot.
// TRUTH c_ptr_after_kmsan broken - 3-escape &slot in rdi to __msan_poison_alloca, which may return rdi unchanged; foo is then handed &slot in rdi
FUNC(c_ptr_after_kmsan)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdi
	movl	$8, %esi
	leaq	.Lc_desc(%rip), %rdx
	call	__msan_poison_alloca
	call	foo
	movq	0x18(%rsp), %rcx
R(c_ptr_after_kmsan)
	movq	%rcx, %rsp
	EPI
ENDF(c_ptr_after_kmsan)

// TRUTH c_memset_cover broken - 3-escape memset(&0x10, 0, 16) covers the slot at 0x18
FUNC(c_memset_cover)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x10(%rsp), %rdi
	xorl	%esi, %esi
	movl	$16, %edx
	call	memset
	movq	0x18(%rsp), %rcx
R(c_memset_cover)
	movq	%rcx, %rsp
	EPI
ENDF(c_memset_cover)

// TRUTH c_memcpy_cover broken - 3-escape memcpy(&0x8, src, 24) covers the slot at 0x18
FUNC(c_memcpy_cover)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x8(%rsp), %rdi
	movl	$24, %edx
	call	memcpy
	movq	0x18(%rsp), %rcx
R(c_memcpy_cover)
	movq	%rcx, %rsp
	EPI
ENDF(c_memcpy_cover)

// TRUTH c_msan_memset_cover broken - 3-escape __msan_memset(&0x10, 0, 16) writes its destination, which covers the slot at 0x18
FUNC(c_msan_memset_cover)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x10(%rsp), %rdi
	xorl	%esi, %esi
	movl	$16, %edx
	call	__msan_memset
	movq	0x18(%rsp), %rcx
R(c_msan_memset_cover)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_memset_cover)

// TRUTH c_msan_memset_byte broken - 3-escape __msan_memset(&0x10, 0, 9) clears the low byte of the slot at 0x18
FUNC(c_msan_memset_byte)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x10(%rsp), %rdi
	xorl	%esi, %esi
	movl	$9, %edx
	call	__msan_memset
	movq	0x18(%rsp), %rcx
R(c_msan_memset_byte)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_memset_byte)

// TRUTH c_msan_memset_slot broken - 3-escape __msan_memset(&slot, 0, 8): the destination is the spill slot itself
FUNC(c_msan_memset_slot)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdi
	xorl	%esi, %esi
	movl	$8, %edx
	call	__msan_memset
	movq	0x18(%rsp), %rcx
R(c_msan_memset_slot)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_memset_slot)

// TRUTH c_msan_memcpy_slot broken - 3-escape __msan_memcpy(&slot, rsi, 8) overwrites the slot with 8 bytes from the argument pointer
FUNC(c_msan_memcpy_slot)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdi
	movl	$8, %edx
	call	__msan_memcpy
	movq	0x18(%rsp), %rcx
R(c_msan_memcpy_slot)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_memcpy_slot)

// TRUTH c_msan_memmove_len broken - 3-escape __msan_memmove(&0x8, rsi, rdx=argument): length unknown, may cover the slot at 0x18
FUNC(c_msan_memmove_len)
	PRO
	movq	%rsp, 0x18(%rsp)
	movq	%rsi, %rdx
	movq	%rdi, %rsi
	leaq	0x8(%rsp), %rdi
	call	__msan_memmove
	movq	0x18(%rsp), %rcx
R(c_msan_memmove_len)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_memmove_len)

// c_msan_memset_short (honest): __msan_memset(&0x8, 0, 16) writes [0x8,0x18),
// ending exactly below the slot at 0x18; no other call.
// TRUTH c_msan_memset_short redundant - 3-escape __msan_memset(&0x8, 0, 16) writes [S+8,S+0x18): ends right below the slot at 0x18
FUNC(c_msan_memset_short)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x8(%rsp), %rdi
	xorl	%esi, %esi
	movl	$16, %edx
	call	__msan_memset
	movq	0x18(%rsp), %rcx
R(c_msan_memset_short)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_memset_short)

// c_msan_memcpy_src (honest): the slot's address is the SOURCE of
// __msan_memcpy (dst = 0x8, 8 bytes): only the destination is written.
// TRUTH c_msan_memcpy_src redundant - 3-escape &slot is only the source of __msan_memcpy(&0x8, &slot, 8); the destination [S+8,S+0x10) does not cover it
FUNC(c_msan_memcpy_src)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x8(%rsp), %rdi
	leaq	0x18(%rsp), %rsi
	movl	$8, %edx
	call	__msan_memcpy
	movq	0x18(%rsp), %rcx
R(c_msan_memcpy_src)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_memcpy_src)

// c_msan_memcpy_same (honest): __msan_memcpy(&slot, &0x8, 8) where 0x8 also
// holds S: the slot is rewritten with the same value.
// TRUTH c_msan_memcpy_same redundant - 3-escape __msan_memcpy(&slot, &0x8, 8) copies S (0x8 holds S too) over the slot: still S
FUNC(c_msan_memcpy_same)
	PRO
	movq	%rsp, 0x18(%rsp)
	movq	%rsp, 0x8(%rsp)
	leaq	0x18(%rsp), %rdi
	leaq	0x8(%rsp), %rsi
	movl	$8, %edx
	call	__msan_memcpy
	movq	0x18(%rsp), %rcx
R(c_msan_memcpy_same)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_memcpy_same)

// TRUTH c_msan_warning_ptr redundant - 2-known __msan_warning(u32) with a stack pointer in rdi: it reads only edi and writes shadow only
FUNC(c_msan_warning_ptr)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdi
	call	__msan_warning
	movq	0x18(%rsp), %rcx
R(c_msan_warning_ptr)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_warning_ptr)

// TRUTH c_msan_meta_ptr redundant - 2-known __msan_metadata_ptr_for_load_8(&slot): returns shadow/origin pointers, never writes through its argument
FUNC(c_msan_meta_ptr)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdi
	call	__msan_metadata_ptr_for_load_8
	movq	0x18(%rsp), %rcx
R(c_msan_meta_ptr)
	movq	%rcx, %rsp
	EPI
ENDF(c_msan_meta_ptr)

// TRUTH c_unpoison_ptr redundant - 2-known kmsan_unpoison_memory(&slot, 8) writes shadow only
FUNC(c_unpoison_ptr)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdi
	movl	$8, %esi
	call	kmsan_unpoison_memory
	movq	0x18(%rsp), %rcx
R(c_unpoison_ptr)
	movq	%rcx, %rsp
	EPI
ENDF(c_unpoison_ptr)

// c_local_msan_name: the callee is a LOCAL function of this object that
// happens to be called __msan_metadata_ptr_for_store_8; its body (below) stores through
// %rdi.  It is not the KMSAN runtime: it writes the slot.
// TRUTH c_local_msan_name broken - 2-known callee is a local (STB_LOCAL) function named __msan_metadata_ptr_for_store_8 that does movq $0,(%rdi) with rdi=&slot
FUNC(c_local_msan_name)
	PRO
	movq	%rsp, 0x18(%rsp)
	leaq	0x18(%rsp), %rdi
	call	__msan_metadata_ptr_for_store_8
	movq	0x18(%rsp), %rcx
R(c_local_msan_name)
	movq	%rcx, %rsp
	EPI
ENDF(c_local_msan_name)

	.text
	.p2align 4, 0xcc
	.type	__msan_metadata_ptr_for_store_8,@function
	.local	__msan_metadata_ptr_for_store_8
__msan_metadata_ptr_for_store_8:
	movq	$0, (%rdi)
	jmp	__x86_return_thunk
	.size	__msan_metadata_ptr_for_store_8, .-__msan_metadata_ptr_for_store_8

	.section .rodata.str1.1, "aMS", @progbits, 1
.Lc_desc:
	.asciz	"c_ptr_after_kmsan"
