# Truth: strict static_cpu_has aux shape, but the aux 'testb $1,(%rdi)' has an __ex_table entry (EX_TYPE_IMM_REG, reg=rbx, imm=0) whose fixup is .Lt_no: a fault sets rbx=0 and resumes at the restore -> rsp:=0.
	.text
	.globl h
	.type h,@function
h:
	mov %rsp,%rbx
.Lorig:
	jmp 6f
.Lorig_end:
.Lt_no:
	nop
	mov %rbx,%rsp
	ret
.Lt_yes:
	mov %rbx,%rsp
	ret
.Lt_third:
	mov %rbx,%rsp
	ret
	.size h,.-h
	.section .altinstr_replacement,"ax"
.Lrepl:
	jmp .Lt_yes
.Lrepl_end:
	.section .altinstructions,"a"
	.long .Lorig - .
	.long .Lrepl - .
	.4byte 0x75
	.byte .Lorig_end - .Lorig
	.byte .Lrepl_end - .Lrepl
	.section .altinstr_aux,"ax"
6:
.Ltst:	testb $1, (%rdi)
	jnz .Lt_yes
	jmp .Lt_no
	.section __ex_table,"a"
	.p2align 2
	.long .Ltst - .
	.long .Lt_no - .
	.long 17 | (3<<8)
	.data
	.globl cap
cap:	.byte 0
