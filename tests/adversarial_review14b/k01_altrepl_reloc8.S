# Truth: alternative: original "mov %rbx,%rsp; nop" (48 89 dc 90); replacement "mov %rbx,%rsp; nop" with an
# R_X86_64_8 relocation (sym=0x23 at link) on the REPLACEMENT's ModRM byte -> linked replacement 48 8b 23 =
# "mov (%rbx),%rsp" (opcode 8b form). When the feature is set, apply_alternatives copies it over the original.
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
	.reloc 1b, R_X86_64_8, sym
	nop
.Lrepl_end:
	.section .altinstructions,"a"
	.long .Lorig - .
	.long .Lrepl - .
	.4byte 0x75
	.byte .Lorig_end - .Lorig
	.byte .Lrepl_end - .Lrepl
