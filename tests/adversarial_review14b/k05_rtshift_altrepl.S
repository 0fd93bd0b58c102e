# Truth: as k01 but the replacement ModRM byte is patched at boot by a runtime_shift_foo entry (1-byte write, e.g. 0x23 -> "mov (%rbx),%rsp"); the replacement is then copied over the original.


	.text
	.globl h
	.type h,@function
h:
	mov %rsp,%rbx
.Lorig:
	.byte 0x48,0x8b,0xe3	# mov %rbx,%rsp
	nop
.Lorig_end:
	ret
	.size h,.-h
	.section .altinstr_replacement,"ax"
.Lrepl:
	.byte 0x48,0x8b
1:	.byte 0xe3

	nop
.Lrepl_end:
	.section .altinstructions,"a"
	.long .Lorig - .
	.long .Lrepl - .
	.4byte 0x75
	.byte .Lorig_end - .Lorig
	.byte .Lrepl_end - .Lrepl
	.section runtime_shift_foo,"a"
	.long 1b - .
