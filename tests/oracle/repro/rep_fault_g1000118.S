# rspill oracle generated file, seed 1000118
	.text
	.globl f118_0
	.type f118_0,@function
	.p2align 4
f118_0:
	push %rbp
	sub $96,%rsp
	push %rsp
	pop %rbx
	mov $1,%r13
	lea 8(%rbx,%r13,4),%r15
	mov %rbx,72(%rsp)
	test $256,%edi
	jz .Lelse_f118_0_1
	sub $8,%r8
	imul $1,%r15,%r15
	mov %r15,-24(%rsp)
	mov %rbp,10(%rsp)
	mov %rsi,%r15
	jmp .Lfi_f118_0_1
.Lelse_f118_0_1:
	add $4,%r15
	sub $4,%r15
	add $24,%rbx
	mov %r15,72(%rsp)
	lea (%r15,%r15),%r15
.Lfi_f118_0_1:
.Lr_f118_0_2:
	mov %rbx,%rsp
	add $96,%rsp
	pop %rbp
	ret
	.size f118_0, .-f118_0

	.globl f118_1
	.type f118_1,@function
	.p2align 4
f118_1:
	push %rbx
	push %r14
	push %r15
	sub $96,%rsp
	movq %rdx,%xmm0
	movups %xmm0,29(%rsp)
	testb $1,0x60000034
	jnz .Lelse_f118_1_3
	mov 48(%rsp),%rbp
	movabs $0xffff888000202300,%rbx
	testb $4,0x6000003c
	jnz .Lfi_f118_1_1
	movabs $0xffffc900dead0f4f,%rbx
.Lfi_f118_1_1:
.Lex_f118_1_2:
	mov (%rbx),%r9
.Lexc_f118_1_2:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f118_1_2 - .)
	.long (.Lexf_f118_1_2 - .)
	.long 0
	.popsection
	jmp .Lfi_f118_1_3
.Lelse_f118_1_3:
	lea 24(%rsp),%rdi
	movabs $0xffff888000208066,%rsi
	xor %r10d,%r10d
	call stub0
.Lfi_f118_1_3:
	lea 8(%rsp),%rdi
	movabs $0xffff88800020dc34,%rsi
	xor %r10d,%r10d
	call stub0
	testb $32,0x60000035
	jz .Lelse_f118_1_8
	lea 64(%rsp),%rdi
	movq $0x749c66a3,0(%rsp)
	mov $8,%r10d
	call stub0
	movq %r9,%xmm1
	movups %xmm1,58(%rsp)
	jmp .Lfi_f118_1_8
.Lelse_f118_1_8:
	movq %rbx,%xmm1
	movups %xmm1,56(%rsp)
	testb $1,0x60000023
	jnz .Lfi_f118_1_5
	push %rsp
.Lr_f118_1_4:
	pop %rsp
.Lfi_f118_1_5:
	movabs $0xffff888000207230,%rsi
	testb $64,0x60000035
	jnz .Lfi_f118_1_6
	movabs $0xffffc900dead04dd,%rsi
.Lfi_f118_1_6:
.Lex_f118_1_7:
	mov (%rsi),%r9
.Lexc_f118_1_7:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f118_1_7 - .)
	.long (.Lexf_f118_1_7 - .)
	.long 0
	.popsection
.Lfi_f118_1_8:
	lea 9(%rsp),%rdi
	lea 56(%rsp),%rsi
	movq $0x42fa9f10,0(%rsp)
	movq $0x5585c1a3,8(%rsp)
	mov $16,%r10d
	call stub0
	lea 65(%rsp),%rdi
	movq $0x4ee43167,0(%rsp)
	movq $0x2e2cf904,8(%rsp)
	movq $0x51faf80f,16(%rsp)
	mov $24,%r10d
	call stub0
	testb $16,0x6000003b
	jz .Lfi_f118_1_10
.Lr_f118_1_9:
	mov 64(%rsp),%rsp
.Lfi_f118_1_10:
	testb $2,0x6000003c
	jz .Lfi_f118_1_12
	push %rsp
.Lr_f118_1_11:
	pop %rsp
.Lfi_f118_1_12:
	movl $3,0x60001000
.Lloop_f118_1_13:
	mov %r15,32(%rsp)
	movl $2,0x60001004
.Lloop_f118_1_14:
	movq $0x7fa340c2,0(%rsp)
	movq $0x4f535f38,8(%rsp)
	movq $0x2536eb1d,16(%rsp)
	mov $24,%r10d
	call stub0
	push %r10
	pop %r12
	lea 8(%rsp),%rsi
	xor %r10d,%r10d
	call stub0
	mov %r11,40(%rsp)
	decl 0x60001004
	jnz .Lloop_f118_1_14
	testb $128,0x60000008
	jz .Lfi_f118_1_16
.Lr_f118_1_15:
	mov %r11,%rsp
.Lfi_f118_1_16:
	testb $1,0x60001000
	jz .Lfi_f118_1_17
	mov %rdx,64(%rsp)
	mov %r8,56(%rsp)
.Lfi_f118_1_17:
	movabs $0xffff88800020d20d,%rdi
	lea 32(%rsp),%rsi
	movq $0x15bc53e7,0(%rsp)
	movq $0x31a81ddd,8(%rsp)
	movq $0x3026c210,16(%rsp)
	movq $0x299b6a66,24(%rsp)
	mov $32,%r10d
	call stub0
	decl 0x60001000
	jnz .Lloop_f118_1_13
	testb $16,0x60000001
	jnz .Lfi_f118_1_19
	mov %rsp,%r10
.Lr_f118_1_18:
	xchg %r10,%rsp
.Lfi_f118_1_19:
	movq $0x2aab0772,0(%rsp)
	movq $0x44b45b3e,8(%rsp)
	movq $0x6ee1c1c3,16(%rsp)
	movq $0x7926088b,24(%rsp)
	mov $32,%r10d
	call stub0
	mov 4(%rsp),%r10
	mov $3,%ebp
.Lloop_f118_1_20:
	movabs $0xffff88800020948e,%rdi
	movq $0x1b01f53,0(%rsp)
	movq $0x66d9cefb,8(%rsp)
	movq $0x388823fc,16(%rsp)
	movq $0x53158139,24(%rsp)
	mov $32,%r10d
	call stub0
	lea 8(%rsp),%rdx
	mov 48(%rsp),%r10
	movq %r8,%xmm0
	movups %xmm0,56(%rsp)
	mov 40(%rsp),%rbx
	lea 32(%rsp),%rdi
	xor %r10d,%r10d
	call stub0
	dec %ebp
	jnz .Lloop_f118_1_20
	mov %r14,24(%rsp)
	mov %rax,-8(%rsp)
	movabs $0xffff888000204b34,%rdi
	xor %r10d,%r10d
	call stub0
	pinsrq $1,%rbx,%xmm1
	pextrq $1,%xmm1,%r12
	mov %rdx,8(%rsp)
	movl $1,0x60001008
.Lloop_f118_1_21:
	mov %r10,-8(%rsp)
	mov 4(%rsp),%rbx
	mov %rbp,4(%rsp)
	lea 27(%rsp),%rsi
	xor %r10d,%r10d
	call stub0
	lea 16(%rsp),%rsi
	xor %r10d,%r10d
	call stub0
	movq %r10,%xmm0
	movups %xmm0,64(%rsp)
	decl 0x60001008
	jnz .Lloop_f118_1_21
	movl $3,0x6000100c
.Lloop_f118_1_22:
	xor %r10d,%r10d
	call stub0
	movl $1,0x60001010
.Lloop_f118_1_23:
	lea 24(%rsp),%rdi
	lea 16(%rsp),%rsi
	xor %r10d,%r10d
	call stub0
	push 80(%rsp)
	pop %r12
	mov %r15,84(%rsp)
	lea 8(%rsp),%rdi
	lea 81(%rsp),%rsi
	xor %r10d,%r10d
	call stub0
	decl 0x60001010
	jnz .Lloop_f118_1_23
	movq %rdi,%xmm0
	movups %xmm0,71(%rsp)
	xadd %rbp,%rdx
	mov 80(%rsp),%rax
	movq %rax,%xmm0
	movups %xmm0,24(%rsp)
	mov $1,%rsi
	lea -16(%r8,%rsi,1),%rbx
	decl 0x6000100c
	jnz .Lloop_f118_1_22
	movl $4,0x60001014
.Lloop_f118_1_24:
	movq %rcx,%xmm1
	movups %xmm1,46(%rsp)
	mov %rax,40(%rsp)
	testb $8,0x60000020
	jnz .Lfi_f118_1_26
.Lr_f118_1_25:
	mov 64(%rsp),%rsp
.Lfi_f118_1_26:
	decl 0x60001014
	jnz .Lloop_f118_1_24
	pinsrq $1,%r9,%xmm1
	pextrq $1,%xmm1,%rdx
	movq $0x7327b8,0(%rsp)
	movq $0x5637519e,8(%rsp)
	movq $0x2e9a3a91,16(%rsp)
	mov $24,%r10d
	call stub0
	movl $3,0x60001018
.Lloop_f118_1_27:
	mov %rcx,48(%rsp)
	mov 56(%rsp),%rdx
	push %rsp
	pop %r13
	testb $1,0x60001018
	jz .Lfi_f118_1_29
	push -8(%rsp)
.Lr_f118_1_28:
	pop %rsp
.Lfi_f118_1_29:
	movzbl 0x60000035,%ecx
	decl 0x60001018
	jnz .Lloop_f118_1_27
.Lr_f118_1_30:
	xchg %r13,%rsp
	mov %rbx,40(%rsp)
	movq $0x5b0f0bc5,0(%rsp)
	movq $0x1e8c7e8e,8(%rsp)
	mov $16,%r10d
	call stub0
	movq %r13,%xmm3
.Lr_f118_1_31:
	movq %xmm3,%rsp
	lea 80(%rsp),%rdi
	lea 16(%rsp),%rsi
	movq $0x1d14ab9f,0(%rsp)
	movq $0x24c029d3,8(%rsp)
	mov $16,%r10d
	call stub0
	testb $2,0x60000011
	jnz .Lfi_f118_1_39
	testb $128,0x60000001
	jz .Lfi_f118_1_32
	mov %r13,16(%rsp)
.Lfi_f118_1_32:
	mov $3,%ebx
.Lloop_f118_1_33:
	testb $2,0x60000014
	jnz .Lfi_f118_1_35
	lea 8(%r13),%r13
.Lr_f118_1_34:
	mov %r13,%rsp
	add $-8,%rsp
.Lfi_f118_1_35:
	mov $16,%rcx
.Lr_f118_1_36:
	add %rcx,%rsp
	sub $16,%rsp
	mov %r11,56(%rsp)
	mov %r10,%r8
	movq %r13,%xmm0
	movups %xmm0,64(%rsp)
	lea 71(%rsp),%rdi
	movabs $0xffff88800020fba6,%rsi
	xor %r10d,%r10d
	call stub0
	dec %ebx
	jnz .Lloop_f118_1_33
	mov $1,%r8
	lea 8(%rcx,%r8,2),%r10
	testb $16,0x60000031
	jnz .Lelse_f118_1_37
	mov 40(%rsp),%rdx
	jmp .Lfi_f118_1_37
.Lelse_f118_1_37:
	mov %rdi,74(%rsp)
	mov 0(%rsp),%rdx
	lea 16(%rsp),%rdi
	xor %r10d,%r10d
	call stub0
.Lfi_f118_1_37:
	testb $16,0x60000017
	jz .Lfi_f118_1_38
	push %r8
	pop %r12
	mov %r13,-32(%rsp)
	movabs $0xffff888000205512,%rsi
	movq $0x1a888ab7,0(%rsp)
	movq $0x431f3c39,8(%rsp)
	mov $16,%r10d
	call stub0
.Lfi_f118_1_38:
.Lfi_f118_1_39:
	add $96,%rsp
	pop %r15
	pop %r14
	pop %rbx
	ret
.Lexf_f118_1_2:
	xor %r9d,%r9d
	testb $2,0x6000002a
	cmove %r12,%rax
	jmp .Lexc_f118_1_2
.Lexf_f118_1_7:
	xor %r9d,%r9d
	lea 24(%rsp),%r15
	jmp .Lexc_f118_1_7
	.size f118_1, .-f118_1

	.globl f118_2
	.type f118_2,@function
	.p2align 4
f118_2:
	push %r12
	sub $128,%rsp
	lea 32(%rsp),%r8
	mov %r8,48(%rsp)
	lea 51(%rsp),%rdi
	movabs $0xffff88800020dc08,%rsi
	mov $17,%ecx
	testb $16,0x60000009
	jnz .Lfi_f118_2_1
	movabs $0xffff88800020fff3,%rsi
.Lfi_f118_2_1:
.Lex_f118_2_3:
	rep movsb
.Lexc_f118_2_3:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f118_2_3 - .)
	.long (.Lexf_f118_2_3 - .)
	.long 0
	.popsection
.Lr_f118_2_4:
	lea -32(%r8),%rsp
	add $128,%rsp
	pop %r12
	ret
.Lexf_f118_2_3:
.Lr_f118_2_2:
	mov 48(%rsp),%rsp
	push 16(%rsp)
	pop %r9
	add $-32,%rsp
	jmp .Lexc_f118_2_3
	.size f118_2, .-f118_2

	.globl f118_3
	.type f118_3,@function
	.p2align 4
f118_3:
	sub $256,%rsp
	movw $8,232(%rsp)
	movzbl 0x6000000a,%eax
	and $3,%eax
	jmp *.Ltab_f118_3_3(,%rax,8)
.Lcase0_f118_3_3:
	mov 152(%rsp),%rcx
	movzbl 0x6000002c,%eax
	and $1,%eax
	jmp *.Ltab_f118_3_2(,%rax,8)
.Lcase0_f118_3_2:
	lea 216(%rsp),%rsi
	movq $0x4b6fd7fc,0(%rsp)
	movq $0x68c6c543,8(%rsp)
	movq $0xd146ce0,16(%rsp)
	movq $0x462fa300,24(%rsp)
	mov $32,%r10d
	call stub0
	movabs $0xffff88800020229f,%rdi
	lea 222(%rsp),%rsi
	xor %r10d,%r10d
	call stub0
	jmp .Lsend_f118_3_2
.Lcase1_f118_3_2:
	push %rsp
.Lr_f118_3_1:
	pop %rsp
	lea 8(%rsp),%rdi
	movabs $0xffff88800020a32e,%rsi
	movq $0x7d2c134a,0(%rsp)
	movq $0xc17c53e,8(%rsp)
	mov $16,%r10d
	call stub0
	jmp .Lsend_f118_3_2
.Lsend_f118_3_2:
	.pushsection .rodata,"a"
	.balign 8
.Ltab_f118_3_2:
	.quad .Lcase0_f118_3_2
	.quad .Lsend_f118_3_2
	.popsection
	jmp .Lsend_f118_3_3
.Lcase1_f118_3_3:
	push %rsp
	pop %r11
	lea 184(%rsp),%rdi
	movq $0x336e9b45,0(%rsp)
	movq $0x7ddbbbae,8(%rsp)
	movq $0x7a6ed196,16(%rsp)
	mov $24,%r10d
	call stub0
	lea 16(%rsp),%r11
	jmp .Lsend_f118_3_3
.Lcase2_f118_3_3:
	incb 160(%rsp)
	jmp .Lsend_f118_3_3
.Lcase3_f118_3_3:
	mov %rcx,-24(%rsp)
	lea 107(%rsp),%rsi
	movq $0xbef48e4,0(%rsp)
	mov $8,%r10d
	call stub0
	jmp .Lsend_f118_3_3
.Lsend_f118_3_3:
	.pushsection .rodata,"a"
	.balign 8
.Ltab_f118_3_3:
	.quad .Lcase0_f118_3_3
	.quad .Lcase1_f118_3_3
	.quad .Lcase2_f118_3_3
	.quad .Lcase3_f118_3_3
	.popsection
	movabs $0xffff888000204a53,%rsi
	movq $0x22af7dd6,0(%rsp)
	movq $0xac9623a,8(%rsp)
	mov $16,%r10d
	call stub0
	lea 92(%rsp),%rdi
	lea 168(%rsp),%rsi
	xor %r10d,%r10d
	call stub0
	movq %r8,%xmm0
	movups %xmm0,80(%rsp)
	mov $16,%rbx
.Lr_f118_3_4:
	add %rbx,%rsp
	sub $16,%rsp
	testb $128,0x60000029
	jnz .Lsend_f118_3_7
	movzbl 0x6000002b,%eax
	and $3,%eax
	jmp *.Ltab_f118_3_7(,%rax,8)
.Lcase0_f118_3_7:
	lea 144(%rsp),%rdi
	lea 77(%rsp),%rsi
	xor %r10d,%r10d
	call stub0
	lea -8(%rsp),%r15
	push %rsp
	pop %r10
	jmp .Lsend_f118_3_7
.Lcase1_f118_3_7:
	mov 160(%rsp),%rdi
	testb $8,0x60000016
	jz .Lfi_f118_3_6
.Lr_f118_3_5:
	mov 149(%rsp),%rsp
.Lfi_f118_3_6:
	jmp .Lsend_f118_3_7
.Lcase2_f118_3_7:
	mov %rcx,52(%rsp)
	mov %r15,200(%rsp)
	jmp .Lsend_f118_3_7
.Lcase3_f118_3_7:
	mov 59(%rsp),%rsi
	lea 16(%rsp),%r8
	mov 72(%rsp),%r10
	jmp .Lsend_f118_3_7
.Lsend_f118_3_7:
	.pushsection .rodata,"a"
	.balign 8
.Ltab_f118_3_7:
	.quad .Lcase0_f118_3_7
	.quad .Lcase1_f118_3_7
	.quad .Lcase2_f118_3_7
	.quad .Lcase3_f118_3_7
	.popsection
	add $256,%rsp
	ret
	.size f118_3, .-f118_3

	.type stub0,@function
stub0:
	push %r10
	movl $0x60002000,%r11d
	mov (%r11),%rax
	addq $0x100,(%r11)
	and $0xff00,%eax
	lea 0x61000000(%rax),%r11
	mov %rdi,%r8
	mov %rsi,%r9
	testb $1,(%r11)
	jz 1f
	mov %r8,%rdi
	call stub0_s
1:
	testb $2,(%r11)
	jz 1f
	mov %r9,%rdi
	call stub0_s
1:
	testb $4,(%r11)
	jz 1f
	mov %r8,%rdi
	movzbl 1(%r11),%ecx
	lea 0x20(%r11),%rsi
	call stub0_w
1:
	testb $8,(%r11)
	jz 1f
	mov %r9,%rdi
	movzbl 2(%r11),%ecx
	lea 0x40(%r11),%rsi
	call stub0_w
1:
	pop %rcx
	testb $16,(%r11)
	jz 1f
	lea 8(%rsp),%rdi
	lea 0x60(%r11),%rsi
	rep movsb
1:
	mov 0x80(%r11),%rax
	mov 0x88(%r11),%rcx
	mov 0x90(%r11),%rdx
	mov 0x98(%r11),%rsi
	mov 0xa0(%r11),%rdi
	mov 0xa8(%r11),%r8
	mov 0xb0(%r11),%r9
	mov 0xb8(%r11),%r10
	mov 0xc0(%r11),%r11
	ret
	.size stub0, .-stub0
	.type stub0_w,@function
stub0_w:
	movabs $0xffffc90000100000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jb 2f
	movabs $0xffff888000200000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jae 3f
2:	and $63,%ecx
	cmp $8,%ecx
	jae 4f
	add $8,%ecx
4:	rep movsb
3:	ret
	.size stub0_w, .-stub0_w
	.type stub0_s,@function
stub0_s:
	movabs $0xffffc90000100000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jb 2f
	movabs $0xffff888000200000,%rax
	mov %rdi,%r10
	sub %rax,%r10
	cmp $0xff80,%r10
	jae 3f
2:	push %rdi
	xor %edx,%edx
5:	mov (%rsp),%rax
	mov (%rax,%rdx,8),%rdi
	push %rdx
	movzbl 4(%r11,%rdx),%ecx
	lea 0x30(%r11),%rsi
	call stub0_w
	pop %rdx
	inc %edx
	cmp $8,%edx
	jb 5b
	pop %rdi
3:	ret
	.size stub0_s, .-stub0_s
#ifdef ORACLE
	.section .oracle_meta,"",@progbits
	.long 0, 2, 0, .Lr_f118_0_2 - f118_0
	.long 1, 4, 0, .Lr_f118_1_4 - f118_1
	.long 1, 9, 0, .Lr_f118_1_9 - f118_1
	.long 1, 11, 0, .Lr_f118_1_11 - f118_1
	.long 1, 15, 0, .Lr_f118_1_15 - f118_1
	.long 1, 18, 0, .Lr_f118_1_18 - f118_1
	.long 1, 25, 0, .Lr_f118_1_25 - f118_1
	.long 1, 28, 0, .Lr_f118_1_28 - f118_1
	.long 1, 30, 0, .Lr_f118_1_30 - f118_1
	.long 1, 31, 0, .Lr_f118_1_31 - f118_1
	.long 1, 34, 0, .Lr_f118_1_34 - f118_1
	.long 1, 36, 0, .Lr_f118_1_36 - f118_1
	.long 2, 2, 0, .Lr_f118_2_2 - f118_2
	.long 2, 4, 0, .Lr_f118_2_4 - f118_2
	.long 3, 1, 0, .Lr_f118_3_1 - f118_3
	.long 3, 4, 0, .Lr_f118_3_4 - f118_3
	.long 3, 5, 0, .Lr_f118_3_5 - f118_3
#endif
# designs (model value of %rsp after each restore; None = wild, execution stops):
#  f118_0 variant0: [(2, None)]
#  f118_0 variant1: [(2, None)]
#  f118_0 frame: (8, 96, False)
#  f118_1 variant0: [(4, ('S', -120)), (9, None), (11, ('S', -120)), (15, None), (18, ('S', -120)), (25, None), (28, ('S', -120)), (30, ('S', -120)), (31, ('S', -120)), (34, None), (36, ('S', -104))]
#  f118_1 variant1: [(4, ('S', -120)), (9, None), (11, ('S', -120)), (15, None), (18, ('S', -120)), (25, None), (28, ('S', -120)), (30, ('S', -120)), (31, ('S', -120)), (34, None), (36, ('S', -104))]
#  f118_1 frame: (24, 96, False)
#  f118_2 variant0: [(2, ('S', -104)), (4, ('S', -136))]
#  f118_2 variant1: [(2, ('S', -104)), (4, ('S', -136))]
#  f118_2 frame: (8, 128, False)
#  f118_3 variant0: [(1, ('S', -256)), (4, ('S', -240)), (5, None)]
#  f118_3 variant1: [(1, ('S', -256)), (4, ('S', -240)), (5, None)]
#  f118_3 frame: (0, 256, False)
