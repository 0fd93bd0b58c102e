# Pair c36_03_kcfi_check_same (b.s); class 36-kcfi-check-before-thunk-call (blind review 135, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c36_03_kcfi_check_same/b.o
# Control: the same check and call on both sides. c identical.
	.text
	.globl c
	.type c,@function
c:	endbr64
	push %rax
	movq %rdi,%r11
	movl $-0x36b1c5a6,%r10d
	addl -15(%r11),%r10d
	je 1f
2:	ud2
1:	call __x86_indirect_thunk_r11
	incl %eax
	pop %rcx
	jmp __x86_return_thunk
	.size c,.-c
