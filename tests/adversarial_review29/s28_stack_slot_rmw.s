# Session 28: a slot holding a stack address is moved by arithmetic on the
# slot itself (`subq $8,-8(%rbp)`) before %rsp is loaded from it: %rsp then
# names the slot holding the return address moved by D, and `ret` goes to f's
# .Lreload (see s28_ret_slot_by_displacement). Were the slot still read as the
# address stored, `ret` would read bump's own return slot: a false claim.
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

	.globl caller
	.type caller,@function
	.p2align 4
caller:
	call bump
.Lret:
	ret
	.size caller,.-caller
	.set D, .Lreload - .Lret

	.globl bump
	.type bump,@function
	.p2align 4
bump:
	push %rbp
	mov %rsp,%rbp
	sub $16,%rsp
	mov 8(%rbp),%rax
	add $D,%rax
	mov %rax,(%rsp)
	lea 8(%rsp),%rcx
	mov %rcx,-8(%rbp)
	subq $8,-8(%rbp)
	mov -8(%rbp),%rsp
	ret
	.size bump,.-bump
