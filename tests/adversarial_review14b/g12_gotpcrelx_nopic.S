# Truth: R_X86_64_REX_GOTPCRELX (addend -4) exactly on the imm32 of "mov $0,%ecx" (b9 imm32) right after the
# restore "mov %rbx,%rsp" (48 89 dc). In a non-PIC link lld's relaxGotNoPic rewrites loc[-3..-1] (the restore's
# ModRM and the b9 opcode) -> the bytes at the restore no longer write rsp at all; on return rsp is off by -64.
	.text
	.globl h
	.type h,@function
h:
	mov %rsp,%rbx
	sub $64,%rsp
	mov %rbx,%rsp
	.byte 0xb9
1:	.long 0
	.reloc 1b, R_X86_64_REX_GOTPCRELX, sym-4
	ret
	ret
	ret
	.size h,.-h
	.data
	.p2align 8
	.globl sym
	.zero 0xc0
sym:	.quad 0
