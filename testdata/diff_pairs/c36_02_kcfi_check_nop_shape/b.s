# Pair c36_02_kcfi_check_nop_shape (b.s); class 36-kcfi-check-before-thunk-call (blind review 135, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c36_02_kcfi_check_nop_shape/b.o
# The same check with a 2-byte nop (a.s) or a 1-byte nop (b.s) inside it:
# the hash is 14 bytes before the call in a, 13 in b. c changed.
	.text
	.globl c
	.type c,@function
c:	endbr64
	push %rax
	movq %rdi,%r11
	movl $-0x36b1c5a6,%r10d
	nop
	addl -15(%r11),%r10d
	jne 2f
	call __x86_indirect_thunk_r11
	incl %eax
	pop %rcx
	jmp __x86_return_thunk
2:	ud2
	.size c,.-c
