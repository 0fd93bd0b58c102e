# Pair c36_04_kcfi_check_in_previous_function (a.s); class 36-kcfi-check-before-thunk-call (blind review 143, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c36_04_kcfi_check_in_previous_function/a.o
# c36_01 with the symbol boundary between the kCFI check (the end of c)
# and the call through __x86_indirect_thunk_r11 (the start of g): FineIBT
# reads the hash 14 bytes before the call, across it. je 2 bytes in a.s,
# 6 in b.s: c and g changed.
	.text
	.globl c
	.type c,@function
c:	endbr64
	push %rax
	movq %rdi,%r11
	movl $-0x36b1c5a6,%r10d
	addl -15(%r11),%r10d
	je 1f
	ud2
1:
	.size c,.-c
	.globl g
	.type g,@function
g:	call __x86_indirect_thunk_r11
	incl %eax
	pop %rcx
	jmp __x86_return_thunk
	.size g,.-g
