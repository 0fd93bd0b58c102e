// r2_localpanic.S -- round 2, class 5: the callee is a LOCAL (STB_LOCAL)
// function of this object named `panic` that returns.  It is not the
// kernel's panic(): the call returns and the path with rbx = S+8 reaches the
// merge.  (objtool only applies its noreturn list to global/weak symbols and
// analyses local functions' bodies.)  S := %rsp after PRO.
#include "adv.h"

// TRUTH lp_local_panic broken - 5-noreturn call panic binds to a local function panic that returns (xor %eax,%eax; ret): rbx = S+8 reaches the merge
FUNC(lp_local_panic)
	PRO
	movq	%rsp, %rbx
	testq	%rdi, %rdi
	je	1f
	leaq	8(%rsp), %rbx
	call	panic
1:
R(lp_local_panic)
	movq	%rbx, %rsp
	EPI
ENDF(lp_local_panic)

	.text
	.p2align 4, 0xcc
	.type	panic,@function
	.local	panic
panic:
	xorl	%eax, %eax
	jmp	__x86_return_thunk
	.size	panic, .-panic
