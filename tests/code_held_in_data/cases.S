# Code that changes, in place, a code address held in data (`fptr: .quad
# spilled`) and branches through it (README here). One -D picks g's body.

	.text

	# tests/deferred_ways_in/cases.S's `spilled`: from its entry the restore
	# at +0x14 is a no-op; from +0xf (after `addq $0xf`) it writes back what
	# the caller left at 8(%rsp).
	.globl	spilled
	.p2align 4
	.type	spilled,@function
spilled:
	pushq	%rbx
	subq	$0x10, %rsp
	movq	%rsp, %rax
	movq	%rax, 0x8(%rsp)
	xorl	%eax, %eax
	movq	0x8(%rsp), %rdx
	movq	%rdx, %rsp
	addq	$0x10, %rsp
	popq	%rbx
	retq
	.size	spilled, .-spilled

	.globl	g
	.p2align 4
	.type	g,@function
g:
	subq	$0x40, %rsp
	movq	$0x4141, 0x8(%rsp)
#if defined(ARITH)
	addq	$0xf, fptr(%rip)
#elif defined(PART)
	movb	$0x0f, fptr(%rip)
#elif defined(STORE)
	movq	fptr(%rip), %rax
	leaq	0xf(%rax), %rax
	movq	%rax, fptr(%rip)
#elif defined(ABSOLUTE)
	addq	$0xf, fptr
#elif defined(INDEXED)
	xorl	%ecx, %ecx
	addq	$0xf, fptr(,%rcx,8)
#elif defined(CONTROL)
	cmpq	$0, fptr(%rip)
	movq	$0, other(%rip)
	movb	$1, flag(%rip)
	movq	$other, (%rsp)
#endif
	jmpq	*fptr(%rip)
	.size	g, .-g

	.data
	.p2align 3
fptr:	.quad	spilled
other:	.quad	spilled
flag:	.byte	0

	.ident	"clang version 19.1.7"
	.section	".note.GNU-stack","",@progbits
