# Session 28: a function writes its own return address back through a
# displacement (0x60(%rsp) under `sub $0x60,%rsp`; 0(%rsp) is never written),
# moved by D: `caller`'s call to bump returns to f's .Lreload, a place no
# relocation or symbol names, with a state f's paths never saw (%rbp is
# caller's). f's restore is then no no-op: no claim may stand.
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
	sub $0x60,%rsp
	mov 0x60(%rsp),%rax
	add $D,%rax
	mov %rax,0x60(%rsp)
	add $0x60,%rsp
	ret
	.size bump,.-bump
