// sj keeps its return address and its caller's %rsp (and the callee-saved
// registers) and returns 0; lj puts them back and jumps to the return
// address with %eax = 1: sj returns twice, as setjmp does.
#include "../review92/common.h"
.text
.globl sj
.type sj,@function
sj:	mov (%rsp),%rdx; mov %rdx,buf(%rip); lea 8(%rsp),%rdx; mov %rdx,buf+8(%rip)
	mov %rbx,buf+16(%rip); mov %rbp,buf+24(%rip); mov %r12,buf+32(%rip); mov %r13,buf+40(%rip); mov %r14,buf+48(%rip); mov %r15,buf+56(%rip)
	xor %eax,%eax; ret
.size sj, .-sj
.globl lj
.type lj,@function
lj:	mov buf+8(%rip),%rsp; mov buf+16(%rip),%rbx; mov buf+24(%rip),%rbp; mov buf+32(%rip),%r12; mov buf+40(%rip),%r13; mov buf+48(%rip),%r14; mov buf+56(%rip),%r15
	mov $1,%eax; jmp *buf(%rip)
.size lj, .-lj
.bss
buf: .zero 64
COMMENT
