// memory_stores.S -- class 3: instructions that store into the spill slot
// without looking like a `mov` to it: read-modify-write forms, pop to
// memory, non-temporal / byte-swapped / x87 / control-register stores.
// Frame: PRO, S := %rsp after it, spill slot 0x18(%rsp) holding S.
#include "adv.h"

#define SPILL   movq %rsp, 0x18(%rsp)
#define RELOAD  movq 0x18(%rsp), %rcx
#define TAIL(n) R(n) movq %rcx, %rsp; EPI; ENDF(n)

// TRUTH st_xchg_mem_slot delta 8 3-stores xchg %rax,0x18(%rsp) with rax = S+8 writes S+8 into the slot
// TRUTH st_xchg_mem_reg redundant - 3-stores after xchg %rax,0x18(%rsp) rax holds the old slot value S
FUNC(st_xchg_mem)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	xchgq	%rax, 0x18(%rsp)
R(st_xchg_mem_reg)
	movq	%rax, %rsp
	RELOAD
R(st_xchg_mem_slot)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(st_xchg_mem)

// TRUTH st_xadd_mem delta 8 3-stores xadd %rax,0x18(%rsp) with rax = 8: slot = S+8
FUNC(st_xadd_mem)
	PRO
	SPILL
	movl	$8, %eax
	lock xaddq %rax, 0x18(%rsp)
	RELOAD
R(st_xadd_mem)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(st_xadd_mem)

// TRUTH st_cmpxchg_mem delta 8 3-stores cmpxchg %rdx,0x18(%rsp) with rax = S (equal): slot = rdx = S+8
FUNC(st_cmpxchg_mem)
	PRO
	SPILL
	movq	%rsp, %rax
	leaq	8(%rsp), %rdx
	lock cmpxchgq %rdx, 0x18(%rsp)
	RELOAD
R(st_cmpxchg_mem)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(st_cmpxchg_mem)

// st_pop_mem: push %rax (S+8) then pop 0x18(%rsp): the address of a pop's
// memory operand is computed with the INCREMENTED %rsp (= S), so it writes
// [S+0x18], the slot.
// TRUTH st_pop_mem delta 8 3-stores pop 0x18(%rsp) addresses with the post-increment %rsp = S: slot = S+8
FUNC(st_pop_mem)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	pushq	%rax
	popq	0x18(%rsp)
	RELOAD
R(st_pop_mem)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(st_pop_mem)

// TRUTH st_push_mem_pop_rsp delta 8 3-stores push 0x18(%rsp) (slot S, address before the decrement) then pop %rsp: writes S while %rsp = S-8
FUNC(st_push_mem_pop_rsp)
	PRO
	SPILL
	pushq	0x18(%rsp)
R(st_push_mem_pop_rsp)
	popq	%rsp
	EPI
ENDF(st_push_mem_pop_rsp)

// TRUTH st_movnti delta 8 3-stores movnti of S+8 into the slot (non-temporal store)
FUNC(st_movnti)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	movnti	%rax, 0x18(%rsp)
	sfence
	RELOAD
R(st_movnti)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(st_movnti)

// TRUTH st_movbe broken - 3-stores movbe %rax,0x18(%rsp) with rax = S stores the byte-swapped S
FUNC(st_movbe)
	PRO
	SPILL
	movq	%rsp, %rax
	movbeq	%rax, 0x18(%rsp)
	RELOAD
TAIL(st_movbe)

// TRUTH st_setcc broken - 3-stores setne 0x18(%rsp) replaces the low byte of the slot with 0/1
FUNC(st_setcc)
	PRO
	SPILL
	testq	%rdi, %rdi
	setne	0x18(%rsp)
	RELOAD
TAIL(st_setcc)

// TRUTH st_bts broken - 3-stores btsq $3,0x18(%rsp): S or S+8 depending on bit 3 of S
FUNC(st_bts)
	PRO
	SPILL
	btsq	$3, 0x18(%rsp)
	RELOAD
TAIL(st_bts)

// TRUTH st_not_twice redundant - 3-stores notq 0x18(%rsp) twice leaves S
FUNC(st_not_twice)
	PRO
	SPILL
	notq	0x18(%rsp)
	notq	0x18(%rsp)
	RELOAD
TAIL(st_not_twice)

// TRUTH st_vmovdqu_ymm delta 8 3-stores vmovdqu of a ymm broadcast of S+8 to 0x0 writes 32 bytes 0x0..0x1f incl. the slot
FUNC(st_vmovdqu_ymm)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	vmovq	%rax, %xmm0
	vpbroadcastq %xmm0, %ymm0
	vmovdqu	%ymm0, (%rsp)
	vzeroupper
	RELOAD
R(st_vmovdqu_ymm)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(st_vmovdqu_ymm)

// TRUTH st_x87 delta 8 3-stores fildll 0x10 (= S+8) / fistpll 0x18: exact 64-bit integer round trip through x87 into the slot
FUNC(st_x87)
	PRO
	SPILL
	leaq	8(%rsp), %rax
	movq	%rax, 0x10(%rsp)
	fildll	0x10(%rsp)
	fistpll	0x18(%rsp)
	RELOAD
R(st_x87)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(st_x87)

// TRUTH st_stmxcsr broken - 3-stores stmxcsr 0x18(%rsp) overwrites the low 4 bytes of the slot with MXCSR
FUNC(st_stmxcsr)
	PRO
	SPILL
	stmxcsr	0x18(%rsp)
	RELOAD
TAIL(st_stmxcsr)

// TRUTH st_sgdt broken - 3-stores sgdt 0x14(%rsp) writes 10 bytes 0x14..0x1d (limit + base) over half of the slot
FUNC(st_sgdt)
	PRO
	SPILL
	sgdt	0x14(%rsp)
	RELOAD
TAIL(st_sgdt)

// st_cmpxchg8b: edx:eax = the slot (two 32-bit loads), ecx:ebx = S+8
// (two halves): the compare succeeds and the slot becomes S+8.
// TRUTH st_cmpxchg8b delta 8 3-stores cmpxchg8b 0x18(%rsp) with edx:eax = slot writes ecx:ebx = S+8
FUNC(st_cmpxchg8b)
	PRO
	SPILL
	movl	0x18(%rsp), %eax
	movl	0x1c(%rsp), %edx
	leaq	8(%rsp), %rbx
	movq	%rbx, %rcx
	shrq	$32, %rcx
	lock cmpxchg8b 0x18(%rsp)
	RELOAD
R(st_cmpxchg8b)
	movq	%rcx, %rsp
	subq	$8, %rsp
	EPI
ENDF(st_cmpxchg8b)
