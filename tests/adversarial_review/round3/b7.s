.text
.globl loop_movrbp
.type loop_movrbp,@function
loop_movrbp:
 push %rbp
 mov %rsp,%rbp
1: push %rax
 mov %rsp,%rbp
 dec %ecx
 jnz 1b
 leave
 ret

.size loop_movrbp,.-loop_movrbp

.globl ra_loop_leave
.type ra_loop_leave,@function
ra_loop_leave:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
1: push %rax
 dec %ecx
 jnz 1b
 leave
 ret

.size ra_loop_leave,.-ra_loop_leave

.globl ra_onepath_rbp
.type ra_onepath_rbp,@function
ra_onepath_rbp:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
 test %edi,%edi
 je 1f
 mov %rsp,%rbp
1: leave
 ret

.size ra_onepath_rbp,.-ra_onepath_rbp
