# Truth: the R_X86_64_REX_GOTPCRELX relocation (addend -4) sits exactly on the imm32 of "mov $0,%ecx" (b9 imm32),
# which passes an "exact immediate" check. But lld's GOTPCRELX relaxation only looks at the byte 2 before the
# field (loc[-2]==0x8b => "mov foo@GOTPCREL(%rip)") and rewrites it to 0x8d. Here loc[-2] is the disp8 (0x8b = -0x75)
# of the restore "lea -0x75(%rbx),%rsp" (48 8d 63 8b) -> linked code is "lea -0x73(%rbx),%rsp": delta +2, not 0.
	.text
	.globl h
	.type h,@function
h:
	lea 0x75(%rsp),%rbx
	nop
	.byte 0x48,0x8d,0x63,0x8b	# lea -0x75(%rbx),%rsp
	.byte 0xb9
1:	.long 0
	.reloc 1b, R_X86_64_REX_GOTPCRELX, sym-4
	ret
	.size h,.-h
	.data
	.globl sym
sym:	.quad 0
