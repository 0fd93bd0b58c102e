# Truth: an R_X86_64_64 relocation placed on the imm32 of the unrelated "mov $0,%ecx" spans 8 bytes, so the
# linker also overwrites the following 3-byte restore "mov %rbx,%rsp" and the ret. With
# sym=0xc3c4894800000000 the linked bytes are: mov $0,%ecx ; 48 89 c4 = "mov %rax,%rsp" ; c3.
# rax = rsp-64, so the restore is not a no-op.
	.text
	.globl f
	.type f,@function
f:
	mov %rsp,%rbx
	lea -64(%rsp),%rax
	.byte 0xb9
1:	.long 0
	.reloc 1b, R_X86_64_64, sym
	.byte 0x48,0x89,0xdc	# mov %rbx,%rsp
	ret
	.size f,.-f
