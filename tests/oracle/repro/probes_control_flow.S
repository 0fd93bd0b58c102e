# Hand-written probes (one shape per function). Run: tests/oracle/oracle.py --check-file THIS_FILE
	.text
	.globl q_esp32_mov
	.type q_esp32_mov,@function
q_esp32_mov:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %eax,%esp
	add $64,%rsp
	pop %rbx
	ret
	.size q_esp32_mov, .-q_esp32_mov
	.globl q_sp16_mov
	.type q_sp16_mov,@function
q_sp16_mov:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %ax,%sp
	add $64,%rsp
	pop %rbx
	ret
	.size q_sp16_mov, .-q_sp16_mov
	.globl q_sp16_mov_off
	.type q_sp16_mov_off,@function
q_sp16_mov_off:
	push %rbx
	sub $64,%rsp
	lea 8(%rsp),%rax
	mov %ax,%sp
	add $64,%rsp
	pop %rbx
	ret
	.size q_sp16_mov_off, .-q_sp16_mov_off
	.globl q_esp_lea
	.type q_esp_lea,@function
q_esp_lea:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	lea 0(%rax),%esp
	add $64,%rsp
	pop %rbx
	ret
	.size q_esp_lea, .-q_esp_lea
	.globl q_lea_addr32_copy
	.type q_lea_addr32_copy,@function
q_lea_addr32_copy:
	push %rbx
	sub $64,%rsp
	lea 0(%esp),%rax
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_lea_addr32_copy, .-q_lea_addr32_copy
	.globl q_lea_addr32_restore
	.type q_lea_addr32_restore,@function
q_lea_addr32_restore:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	lea 0(%eax),%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_lea_addr32_restore, .-q_lea_addr32_restore
	.globl q_xchg32
	.type q_xchg32,@function
q_xchg32:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	xchg %eax,%esp
	add $64,%rsp
	pop %rbx
	ret
	.size q_xchg32, .-q_xchg32
	.globl q_cmov32
	.type q_cmov32,@function
q_cmov32:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	testb $1,0x60000000
	cmovne %eax,%esp
	add $64,%rsp
	pop %rbx
	ret
	.size q_cmov32, .-q_cmov32
	.globl q_pop16
	.type q_pop16,@function
q_pop16:
	push %rbx
	sub $64,%rsp
	push %rsp
	popw %sp
	add $6,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_pop16, .-q_pop16
	.globl q_add_esp
	.type q_add_esp,@function
q_add_esp:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	add $0,%esp
	add $64,%rsp
	pop %rbx
	ret
	.size q_add_esp, .-q_add_esp
	.globl q_alloca_var
	.type q_alloca_var,@function
q_alloca_var:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rbx
	movzbl 0x60000000,%eax
	and $0x30,%eax
	sub %rax,%rsp
	mov %rbx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_alloca_var, .-q_alloca_var
	.globl q_alloca_loop
	.type q_alloca_loop,@function
q_alloca_loop:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rbx
	movzbl 0x60000000,%ecx
	and $3,%ecx
	inc %ecx
	1: sub $16,%rsp
	dec %ecx
	jnz 1b
	mov %rbx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_alloca_loop, .-q_alloca_loop
	.globl q_self_store_shift
	.type q_self_store_shift,@function
q_self_store_shift:
	push %rbx
	sub $64,%rsp
	mov %rsp,8(%rsp)
	add $8,%rsp
	mov (%rsp),%rsp
	sub $8,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_self_store_shift, .-q_self_store_shift
	.globl q_xchg_mem_rsp
	.type q_xchg_mem_rsp,@function
q_xchg_mem_rsp:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,(%rsp)
	xchg (%rsp),%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_xchg_mem_rsp, .-q_xchg_mem_rsp
	.globl q_pushf
	.type q_pushf,@function
q_pushf:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,8(%rsp)
	pushf
	popf
	mov 8(%rsp),%rcx
	mov %rcx,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_pushf, .-q_pushf
	.globl q_realign_copy_before
	.type q_realign_copy_before,@function
q_realign_copy_before:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	and $-16,%rsp
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_realign_copy_before, .-q_realign_copy_before
	.globl q_realign_mov
	.type q_realign_mov,@function
q_realign_mov:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	and $-16,%rsp
	sub $16,%rsp
	lea 16(%rsp),%rsp
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_realign_mov, .-q_realign_mov
	.globl q_mov_rsp_rsp32
	.type q_mov_rsp_rsp32,@function
q_mov_rsp_rsp32:
	push %rbx
	sub $64,%rsp
	mov %esp,%esp
	add $64,%rsp
	pop %rbx
	ret
	.size q_mov_rsp_rsp32, .-q_mov_rsp_rsp32
	.globl q_indirect_join
	.type q_indirect_join,@function
q_indirect_join:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	testb $1,0x60000001
	jz 2f
	add $8,%rax
	movzbl 0x60000000,%ecx
	and $1,%ecx
	jmp *.Ltab_ij(,%rcx,8)
	2: mov %rax,%rsp
	.pushsection .rodata,"a"
	.balign 8
	.Ltab_ij: .quad 2b, 2b
	.popsection
	add $64,%rsp
	pop %rbx
	ret
	.size q_indirect_join, .-q_indirect_join
	.globl q_ex_fix
	.type q_ex_fix,@function
q_ex_fix:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	movabs $0xffff888000200000,%rdx
	testb $1,0x60000001
	jz 1f
	movabs $0xffffc900dead0000,%rdx
	1:
	.Lpex1: mov (%rdx),%rdx
	.Lpexc1:
	mov %rax,%rsp
	jmp 3f
	.Lpexf1: add $8,%rax
	jmp .Lpexc1
	3:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lpex1 - .)
	.long (.Lpexf1 - .)
	.long 0
	.popsection
	add $64,%rsp
	pop %rbx
	ret
	.size q_ex_fix, .-q_ex_fix
	.globl q_ex_fix_slot
	.type q_ex_fix_slot,@function
q_ex_fix_slot:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	mov %rax,16(%rsp)
	movabs $0xffff888000200000,%rdx
	testb $1,0x60000001
	jz 1f
	movabs $0xffffc900dead0000,%rdx
	1:
	.Lpex2: mov (%rdx),%rdx
	.Lpexc2:
	mov 16(%rsp),%rcx
	mov %rcx,%rsp
	jmp 3f
	.Lpexf2: movq $0,16(%rsp)
	jmp .Lpexc2
	3:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lpex2 - .)
	.long (.Lpexf2 - .)
	.long 0
	.popsection
	add $64,%rsp
	pop %rbx
	ret
	.size q_ex_fix_slot, .-q_ex_fix_slot
	.globl q_ex_dst_chain
	.type q_ex_dst_chain,@function
q_ex_dst_chain:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	movabs $0xffff888000200000,%rdx
	testb $1,0x60000001
	jz 1f
	movabs $0xffffc900dead0000,%rdx
	1:
	.Lpex3: mov (%rdx),%rax
	.Lpexc3:
	mov %rax,%rsp
	jmp 3f
	.Lpexf3: jmp .Lpexc3
	3:
	.pushsection __ex_table,"a"
	.balign 4
	.long (.Lpex3 - .)
	.long (.Lpexf3 - .)
	.long 0
	.popsection
	add $64,%rsp
	pop %rbx
	ret
	.size q_ex_dst_chain, .-q_ex_dst_chain
	.globl q_alt_repl
	.type q_alt_repl,@function
q_alt_repl:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	.Lao1:
	mov %rax,%rax
	.Lao1e:
	.skip -(((.Lar1e-.Lar1)-(.Lao1e-.Lao1)) > 0) * ((.Lar1e-.Lar1)-(.Lao1e-.Lao1)),0x90
	.Lao1p:
	.pushsection .altinstructions,"a"
	.long .Lao1 - .
	.long .Lar1 - .
	.short 0x10
	.byte .Lao1p - .Lao1
	.byte .Lar1e - .Lar1
	.popsection
	.pushsection .altinstr_replacement,"ax"
	.Lar1:
	add $8,%rax
	.Lar1e:
	.popsection
	mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_alt_repl, .-q_alt_repl
	.globl q_alt_repl_restore
	.type q_alt_repl_restore,@function
q_alt_repl_restore:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	.Lao2:
	mov %rax,%rsp
	.Lao2e:
	.skip -(((.Lar2e-.Lar2)-(.Lao2e-.Lao2)) > 0) * ((.Lar2e-.Lar2)-(.Lao2e-.Lao2)),0x90
	.Lao2p:
	.pushsection .altinstructions,"a"
	.long .Lao2 - .
	.long .Lar2 - .
	.short 0x10
	.byte .Lao2p - .Lao2
	.byte .Lar2e - .Lar2
	.popsection
	.pushsection .altinstr_replacement,"ax"
	.Lar2:
	lea 8(%rax),%rsp
	.Lar2e:
	.popsection
	sub $8,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_alt_repl_restore, .-q_alt_repl_restore
	.globl q_jmp_into_middle
	.type q_jmp_into_middle,@function
q_jmp_into_middle:
	push %rbx
	sub $64,%rsp
	mov %rsp,%rax
	testb $1,0x60000001
	jz 2f
	lea 8(%rsp),%rax
	2: mov %rax,%rsp
	add $64,%rsp
	pop %rbx
	ret
	.size q_jmp_into_middle, .-q_jmp_into_middle
	.type stub0,@function
stub0:
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
	testb $16,(%r11)
	jz 1f
	lea 8(%rsp),%rdi
	movzbl 3(%r11),%ecx
	and $31,%ecx
	inc %ecx
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
