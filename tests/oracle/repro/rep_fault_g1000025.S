# rspill oracle generated file, seed 1000025
	.text
	.globl f25_0
	.type f25_0,@function
	.p2align 4
f25_0:
	sub $96,%rsp
	mov %esp,%ebp
	test $128,%edi
	jz .Lelse_f25_0_1
	movq %rbx,%xmm0
	movups %xmm0,16(%rsp)
	rol $8,%r13
	ror $8,%r13
	mov %rdi,56(%rsp)
	movq %r11,%xmm0
	movups %xmm0,56(%rsp)
	jmp .Lfi_f25_0_1
.Lelse_f25_0_1:
	lea 39(%rsp),%rdi
	movq $0x32c643b6,0(%rsp)
	movq $0x12157b92,8(%rsp)
	movq $0x64978bf1,16(%rsp)
	movq $0x55627bc6,24(%rsp)
	mov $32,%r10d
	call stub1
	movzwl %r14w,%r14d
	incb 86(%rsp)
	mov %r14,72(%rsp)
.Lfi_f25_0_1:
	lea -16(%rsp),%r15
	std
	lea 72(%rsp),%rdi
	lea 72(%rsp),%rsi
	movsq
	cld
.Lr_f25_0_3:
	mov %r15,%rsp
	add $16,%rsp
	lea -16(%rsp),%r13
	xchg %r15,%r11
	mov %rdi,40(%rsp)
	xor %rbx,%r13
	xor %rbx,%r13
	mov 40(%rsp),%r12
.Lr_f25_0_4:
	mov %r12,%rsp
	lea -64(%rsp),%rsp
	add $96,%rsp
	ret
	.size f25_0, .-f25_0

	.globl f25_1
	.type f25_1,@function
	.p2align 4
f25_1:
	push %r13
	sub $128,%rsp
	mov 88(%rsp),%r12
	mov %rsp,%r8
.Lr_f25_1_1:
	xchg %r8,%rsp
	push %rsp
	pop %rsi
	test $256,%edi
	jnz .Lfi_f25_1_3
	movq %rsi,%xmm3
.Lr_f25_1_2:
	movq %xmm3,%rsp
.Lfi_f25_1_3:
.Lao_f25_1_4:
	movzbl 0x60000038,%ecx
	mov %esi,%esi
.Laoe_f25_1_4:
	.skip -(((.Lare_f25_1_4-.Lar_f25_1_4)-(.Laoe_f25_1_4-.Lao_f25_1_4)) > 0) * ((.Lare_f25_1_4-.Lar_f25_1_4)-(.Laoe_f25_1_4-.Lao_f25_1_4)),0x90
.Laop_f25_1_4:
	.pushsection .altinstructions,"a"
	.long .Lao_f25_1_4 - .
	.long .Lar_f25_1_4 - .
	.long 0x17f
	.byte .Laop_f25_1_4 - .Lao_f25_1_4
	.byte .Lare_f25_1_4 - .Lar_f25_1_4
	.popsection
	.pushsection .altinstr_replacement,"ax"
.Lar_f25_1_4:
.Lare_f25_1_4:
	.popsection
	lea 54(%rsp),%rdi
	lea 48(%rsp),%rsi
	xor %r10d,%r10d
	call stub1
	mov 120(%rsp),%rsi
	testb $8,0x6000003f
	jnz .Lfi_f25_1_6
.Lr_f25_1_5:
	mov 112(%rsp),%rsp
.Lfi_f25_1_6:
	xor %r10d,%r10d
	call stub0
	mov %rdx,117(%rsp)
	lea 80(%rsp),%rdi
	movq $0x4e310cff,0(%rsp)
	movq $0x4eed2551,8(%rsp)
	movq $0x19547911,16(%rsp)
	movq $0x7c52fb,24(%rsp)
	mov $32,%r10d
	call stub0
	lea 8(%rsp),%r10
	push %rbx
	push %rsp
	pop %rbp
	pop %rbx
	push %r10
	pop 104(%rsp)
	mov -8(%rsp),%r13
	add $128,%rsp
	pop %r13
	ret
	.size f25_1, .-f25_1

	.globl f25_2
	.type f25_2,@function
	.p2align 4
f25_2:
	push %r13
	push %r12
	push %r14
	sub $64,%rsp
	mov %esp,%ebx
	movabs $0xffff88800020da48,%r13
	test $128,%esi
	jnz .Lfi_f25_2_1
	movabs $0xffffc900dead001b,%r13
.Lfi_f25_2_1:
.Lex_f25_2_3:
	mov (%r13),%rax
.Lexc_f25_2_3:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f25_2_3 - .)
	.long (.Lexf_f25_2_3 - .)
	.long 0
	.popsection
	lea -8(%rsp),%r13
	movzbl 0x60000038,%r10d
	mov %r13,24(%rsp)
	lea 25(%rsp),%rdi
	movabs $0xffff888000208f58,%rsi
	mov $35,%ecx
	testb $16,0x60000021
	jnz .Lfi_f25_2_5
	movabs $0xffff88800020ffea,%rsi
.Lfi_f25_2_5:
.Lex_f25_2_7:
	rep movsb
.Lexc_f25_2_7:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lex_f25_2_7 - .)
	.long (.Lexf_f25_2_7 - .)
	.long 0
	.popsection
.Lr_f25_2_8:
	mov 24(%rsp),%rsp
	add $64,%rsp
	pop %r14
	pop %r12
	pop %r13
	ret
.Lexf_f25_2_3:
	mov %r15,48(%rsp)
	mov $16,%rcx
.Lr_f25_2_2:
	add %rcx,%rsp
	sub $16,%rsp
	jmp .Lexc_f25_2_3
.Lexf_f25_2_7:
.Lr_f25_2_6:
	mov 24(%rsp),%rsp
	add $8,%rsp
	jmp .Lexc_f25_2_7
	.size f25_2, .-f25_2

	.globl f25_3
	.type f25_3,@function
	.p2align 4
f25_3:
	sub $48,%rsp
	mov %rsp,%r15
	xchg %r15,%rdx
	mov %rdx,-16(%rsp)
	testb $32,0x60000025
	jz .Lsend_f25_3_1
	movzbl 0x6000000e,%eax
	and $1,%eax
	jmp *.Ltab_f25_3_1(,%rax,8)
.Lcase0_f25_3_1:
	jmp .Lsend_f25_3_1
.Lcase1_f25_3_1:
	or $0,%rdx
	mov $32,%rdi
	sub %rdi,%rdx
	jmp .Lsend_f25_3_1
.Lsend_f25_3_1:
	.pushsection .rodata,"a"
	.balign 8
.Ltab_f25_3_1:
	.quad .Lsend_f25_3_1
	.quad .Lsend_f25_3_1
	.popsection
.Lr_f25_3_2:
	lea 0(%rdx),%rsp
	add $48,%rsp
	ret
	.size f25_3, .-f25_3

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
	.type stub1,@function
stub1:
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
	call stub1_s
1:
	testb $2,(%r11)
	jz 1f
	mov %r9,%rdi
	call stub1_s
1:
	testb $4,(%r11)
	jz 1f
	mov %r8,%rdi
	movzbl 1(%r11),%ecx
	lea 0x20(%r11),%rsi
	call stub1_w
1:
	testb $8,(%r11)
	jz 1f
	mov %r9,%rdi
	movzbl 2(%r11),%ecx
	lea 0x40(%r11),%rsi
	call stub1_w
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
	.size stub1, .-stub1
	.type stub1_w,@function
stub1_w:
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
	.size stub1_w, .-stub1_w
	.type stub1_s,@function
stub1_s:
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
	call stub1_w
	pop %rdx
	inc %edx
	cmp $8,%edx
	jb 5b
	pop %rdi
3:	ret
	.size stub1_s, .-stub1_s
#ifdef ORACLE
	.section .oracle_meta,"",@progbits
	.long 0, 3, 0, .Lr_f25_0_3 - f25_0
	.long 0, 4, 0, .Lr_f25_0_4 - f25_0
	.long 1, 1, 0, .Lr_f25_1_1 - f25_1
	.long 1, 2, 0, .Lr_f25_1_2 - f25_1
	.long 1, 5, 0, .Lr_f25_1_5 - f25_1
	.long 1, 4, -1, .Lao_f25_1_4 - f25_1
	.long 2, 2, 0, .Lr_f25_2_2 - f25_2
	.long 2, 6, 0, .Lr_f25_2_6 - f25_2
	.long 2, 8, 0, .Lr_f25_2_8 - f25_2
	.long 3, 2, 0, .Lr_f25_3_2 - f25_3
#endif
# designs (model value of %rsp after each restore; None = wild, execution stops):
#  f25_0 variant0: [(3, ('S', -112)), (4, ('S', -32))]
#  f25_0 variant1: [(3, ('S', -112)), (4, ('S', -32))]
#  f25_0 frame: (0, 96, False)
#  f25_1 variant0: [(1, ('S', -136)), (2, ('S', -136)), (5, None)]
#  f25_1 variant1: [(1, ('S', -136)), (2, ('S', -136)), (5, None)]
#  f25_1 frame: (8, 128, False)
#  f25_2 variant0: [(2, ('S', -72)), (6, ('S', -96)), (8, None)]
#  f25_2 variant1: [(2, ('S', -72)), (6, ('S', -96)), (8, None)]
#  f25_2 frame: (24, 64, False)
#  f25_3 variant0: [(2, None)]
#  f25_3 variant1: [(2, None)]
#  f25_3 frame: (0, 48, False)
