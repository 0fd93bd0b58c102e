.text
.globl ra_lea_rbp
.type ra_lea_rbp,@function
ra_lea_rbp:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
 sub $32,%rsp
 lea 16(%rsp),%rbp
 leave
 ret

.size ra_lea_rbp,.-ra_lea_rbp

.globl ra_movrbp2
.type ra_movrbp2,@function
ra_movrbp2:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
 mov %rsp,%rbp
 sub $32,%rsp
 leave
 ret

.size ra_movrbp2,.-ra_movrbp2

.globl ra_movrbp_rsp
.type ra_movrbp_rsp,@function
ra_movrbp_rsp:
 push %rbp
 and $-16,%rsp
 mov %rsp,%rbp
 sub $32,%rsp
 mov %rbp,%rsp
 pop %rbp
 ret

.size ra_movrbp_rsp,.-ra_movrbp_rsp

.globl ra_rbp_xchg
.type ra_rbp_xchg,@function
ra_rbp_xchg:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
 xchg %rdi,%rbp
 leave
 ret

.size ra_rbp_xchg,.-ra_rbp_xchg

.globl ra_rbp_slot
.type ra_rbp_slot,@function
ra_rbp_slot:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
 sub $32,%rsp
 mov %rbp,8(%rsp)
 lea 8(%rsp),%rax
 mov %rdi,(%rax)
 mov 8(%rsp),%rbp
 leave
 ret

.size ra_rbp_slot,.-ra_rbp_slot

.globl ra_rbp_slot_ok
.type ra_rbp_slot_ok,@function
ra_rbp_slot_ok:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
 sub $32,%rsp
 mov %rbp,8(%rsp)
 xor %ebp,%ebp
 mov 8(%rsp),%rbp
 leave
 ret

.size ra_rbp_slot_ok,.-ra_rbp_slot_ok

.globl ra_rbp_slot_above
.type ra_rbp_slot_above,@function
ra_rbp_slot_above:
 push %rbp
 mov %rsp,%rbp
 push %rbp
 and $-16,%rsp
 sub $16,%rsp
 mov %rdi,24(%rsp)
 mov -8(%rbp),%rbp
 leave
 ret

.size ra_rbp_slot_above,.-ra_rbp_slot_above

.globl uninit_slot
.type uninit_slot,@function
uninit_slot:
 sub $16,%rsp
 mov 8(%rsp),%rsp
 ret

.size uninit_slot,.-uninit_slot

.globl movrbp_fpm16
.type movrbp_fpm16,@function
movrbp_fpm16:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 lea 16(%rsp),%rbp
 mov %rbp,%rsp
 pop %rbp
 ret

.size movrbp_fpm16,.-movrbp_fpm16
