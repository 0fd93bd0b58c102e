# Truth: an R_X86_64_8 relocation against sym (=0x23 at link time) sits on the ModRM byte (e3) of the
# restore 48 8b e3 "mov %rbx,%rsp". RELA: the linker writes S+A=0x23 -> "mov (%rbx),%rsp": not a no-op.
	.text
	.globl f
	.type f,@function
f:
	mov %rsp,%rbx
	.byte 0x48,0x8b
1:	.byte 0xe3
	.reloc 1b, R_X86_64_8, sym
	ret
	.size f,.-f
