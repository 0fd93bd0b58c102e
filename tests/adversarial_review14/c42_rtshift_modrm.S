# Truth: runtime_shift_foo points at the ModRM byte of the restore "mov %rbx,%rsp" encoded 48 8b e3.
# The kernel writes one byte (a shift count) there at boot. A count of 35 (0x23) turns it into
# "mov (%rbx),%rsp": %rsp gets loaded from memory, not a no-op.
	.text
	.globl f
	.type f,@function
f:
	mov %rsp,%rbx
	.byte 0x48,0x8b,0xe3	# mov %rbx,%rsp
1:
	ret
	.size f,.-f
	.section runtime_shift_foo,"a"
	.long 1b - 1 - .
