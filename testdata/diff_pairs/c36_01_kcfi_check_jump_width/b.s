# Pair c36_01_kcfi_check_jump_width (b.s); class 36-kcfi-check-before-thunk-call (blind review 135, session 51)
# Build: clang-19 --target=x86_64-linux-gnu -c b.s -o OUT/c36_01_kcfi_check_jump_width/b.o
# c's kCFI check (movl $-hash,%r10d; addl -15(%r11),%r10d; je; ud2) before a
# call through __x86_indirect_thunk_r11, as clang -fsanitize=kcfi lays it
# out, with no .kcfi_traps entry (hand-written) and no .retpoline_sites yet
# (an IBT build runs objtool on vmlinux.o). The je is 2 bytes in a.s, 6 in
# b.s. FineIBT (__apply_fineibt) finds the caller's hash only 14 bytes
# before the call (fineibt_caller_size): in a it rewrites the check, in b
# it leaves the kCFI check, which then reads the FineIBT preamble for the
# hash and traps (the reviewer's model of the rewrite on the linked images:
# c(&f) returns 43 in a, ud2 in b). c changed.
	.text
	.globl c
	.type c,@function
c:	endbr64
	push %rax
	movq %rdi,%r11
	movl $-0x36b1c5a6,%r10d
	addl -15(%r11),%r10d
	je.d32 1f
2:	ud2
1:	call __x86_indirect_thunk_r11
	incl %eax
	pop %rcx
	jmp __x86_return_thunk
	.size c,.-c
