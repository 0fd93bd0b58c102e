# Truth: runtime_ptr_foo field = the imm32 of "mov $0,%ecx" (5 bytes). The kernel writes 8 bytes there
# (*(unsigned long*)where = val), so it also overwrites the 4-byte "lea 0(%rbx),%rsp"... we use
# "lea 0x0(%rbx),%rsp" disp8 form 48 8d 63 00 right after: its bytes are replaced at boot.
	.text
	.globl f
	.type f,@function
f:
	mov %rsp,%rbx
	mov $0,%ecx
1:
	.byte 0x48,0x8d,0x63,0x00
	ret
	.size f,.-f
	.section runtime_ptr_foo,"a"
	.long 1b - 4 - .
