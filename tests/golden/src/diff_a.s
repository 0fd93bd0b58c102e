# Golden-file input for `rspill diff` (tests/golden.rs), side A.
# Build: clang-19 --target=x86_64-linux-gnu -c diff_a.s -o a.o
# f: changed (the je lands one instruction later in B); g: identical;
# h: unknown (a jump into the middle of an instruction); only_a: only in A.
	.text
	.globl	f
	.type	f,@function
f:
	xorl	%eax, %eax
	testl	%edi, %edi
	je	.Lret
	movl	$1, %eax
.Lret:
	ret
	.size	f, .-f

	.globl	g
	.type	g,@function
g:
	leal	1(%rdi), %eax
	ret
	.size	g, .-g

	.globl	h
	.type	h,@function
h:
	testl	%edi, %edi
	jne	.Lm+1
.Lm:
	movl	$0xc3, %eax
	ret
	.size	h, .-h

	.globl	only_a
	.type	only_a,@function
only_a:
	ret
	.size	only_a, .-only_a
