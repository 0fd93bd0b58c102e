# Blind review 33 (session 26): c28_movb_slot; its .include files inlined.
# --- pre.inc (inlined) ---
# --- victim.inc (inlined) ---
	.text
	.globl f
	.type f,@function
	.p2align 8
f:
	push %rbp
	mov %rsp,%rbp
	sub $16,%rsp
	mov %rsp,-8(%rbp)
	call ext
.Lreload:
	mov -8(%rbp),%rax
	mov %rax,%rsp
	leave
	ret
	.size f,.-f
	.set K, .Lreload - f
	.globl entry
	.type entry,@function
	.p2align 4
entry:
	push %rbp
	mov %rsp,%rbp
	sub $32,%rsp
	lea -16(%rsp),%rcx
	mov %rcx,-8(%rbp)
	lea f(%rip),%rdi
	jmp g
	.size entry,.-entry
	.globl g
	.type g,@function
	.p2align 4
g:
	push %rdi
	movb $K,(%rsp)
	ret
	.size g,.-g
