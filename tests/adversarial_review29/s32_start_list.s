# f keeps its %rsp in %rbx across a call to g and restores it. Its restore
# is listed in __mcount_loc, and h loads the list's first entry through the
# symbol the linker defines for it (__start___mcount_loc) and jumps there
# with %rbx = 0x1234: the restore writes 0x1234 into %rsp. (.ident: read as
# compiled code, whose indirect jumps go where the object points.)
	.text
	.type g,@function
g:
	retq
	.size g, .-g

	.globl f
	.type f,@function
f:
	pushq	%rbx
	movq	%rsp, %rbx
	callq	g
.Lmid:
	movq	%rbx, %rsp
	popq	%rbx
	retq
	.size f, .-f

	.globl h
	.type h,@function
h:
	movl	$0x1234, %ebx
	movq	__start___mcount_loc(%rip), %rax
	jmpq	*%rax
	.size h, .-h

	.section __mcount_loc,"a",@progbits
	.quad .Lmid

	.ident "clang version 19.1.7"
	.section ".note.GNU-stack","",@progbits
