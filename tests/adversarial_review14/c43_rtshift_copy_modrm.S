# Truth: runtime_shift_foo points at the ModRM byte of the COPY "mov %rsp,%rbx" (48 89 e3). A shift count
# of 11 (0x0b) written at boot makes it "mov %rcx,(%rbx)": rbx is no longer a copy of rsp, so the
# restore "mov %rbx,%rsp" is not a no-op.
	.text
	.globl f
	.type f,@function
f:
	mov %rsp,%rbx
1:
	nop
	mov %rbx,%rsp
	ret
	.size f,.-f
	.section runtime_shift_foo,"a"
	.long 1b - 1 - .
