# Pair c23_07_code_outside_functions_after_renumbering (a.s); class 23-patched-across-edges (session 37)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c23_07_code_outside_functions_after_renumbering/a.o
# Truth: entry identical, f identical.
# B adds an unrelated read-only section before the others: every later
# section's ELF index moves up by one. `entry` (SYM_CODE-style code with no
# function symbol) reads .Lmsg in .rodata through a section-symbol
# relocation: the same bytes, the same place. rspill before session 37
# wrote that target by ELF index and called `entry` changed.
	.text
	.globl f
	.type f,@function
f:
	ret
	.size f, .-f
	.globl entry
entry:
	leaq .Lmsg(%rip), %rdi
	jmp f
	.section .rodata,"a"
.Lmsg:
	.asciz "hello"
