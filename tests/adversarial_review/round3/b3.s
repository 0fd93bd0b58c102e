.text
.globl lh_push
.type lh_push,@function
lh_push:
 push %rbx
 mov %rsp,%rbx
1: mov %rbx,%rsp
 push %rax
 dec %ecx
 jnz 1b
 mov %rbx,%rsp
 pop %rbx
 ret

.size lh_push,.-lh_push

.globl lh_desc
.type lh_desc,@function
lh_desc:
 push %rbx
 mov %rsp,%rbx
1: mov %rbx,%rsp
 lea -8(%rsp),%rbx
 dec %ecx
 jnz 1b
 add $64,%rsp
 pop %rbx
 ret

.size lh_desc,.-lh_desc

.globl lh_slot_ok
.type lh_slot_ok,@function
lh_slot_ok:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 mov %rsp,-8(%rbp)
1: mov -8(%rbp),%rsp
 sub $16,%rsp
 mov %rsp,-8(%rbp)
 dec %ecx
 jnz 1b
 leave
 ret

.size lh_slot_ok,.-lh_slot_ok

.globl lh_slot_bad
.type lh_slot_bad,@function
lh_slot_bad:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 mov %rsp,-8(%rbp)
1: mov -8(%rbp),%rsp
 lea -16(%rsp),%rax
 mov %rax,-8(%rbp)
 dec %ecx
 jnz 1b
 leave
 ret

.size lh_slot_bad,.-lh_slot_bad

.globl lh_switch
.type lh_switch,@function
lh_switch:
 push %rbp
 mov %rsp,%rbp
1: mov %rdi,%rsp
 add $8,%rdi
 dec %ecx
 jnz 1b
 leave
 ret

.size lh_switch,.-lh_switch

.globl join_switch
.type join_switch,@function
join_switch:
 push %rbp
 mov %rsp,%rbp
 test %edi,%edi
 je 1f
 mov %rsi,%rsp
1: mov %rdx,%rsp
 mov %rbp,%rsp
 pop %rbp
 ret

.size join_switch,.-join_switch

.globl join_switch_leave
.type join_switch_leave,@function
join_switch_leave:
 push %rbp
 mov %rsp,%rbp
 test %edi,%edi
 je 1f
 mov %rsi,%rsp
1: leave
 ret

.size join_switch_leave,.-join_switch_leave

.globl lh_rbp_frame
.type lh_rbp_frame,@function
lh_rbp_frame:
 push %rbp
 mov %rsp,%rbp
1: mov %rbp,%rsp
 push %rax
 dec %ecx
 jnz 1b
 leave
 ret

.size lh_rbp_frame,.-lh_rbp_frame

.globl lh_cnt
.type lh_cnt,@function
lh_cnt:
 push %rbp
 mov %rsp,%rbp
1: push %rax
 dec %ecx
 jnz 1b
 mov %rbp,%rsp
 pop %rbp
 ret

.size lh_cnt,.-lh_cnt

.globl lh_copy_in_loop
.type lh_copy_in_loop,@function
lh_copy_in_loop:
 push %rbp
 mov %rsp,%rbp
1: push %rax
 mov %rsp,%rbx
 dec %ecx
 jnz 1b
 mov %rbx,%rsp
 leave
 ret

.size lh_copy_in_loop,.-lh_copy_in_loop

.globl lh_copy_stale
.type lh_copy_stale,@function
lh_copy_stale:
 push %rbp
 mov %rsp,%rbp
1: mov %rsp,%rbx
 push %rax
 dec %ecx
 jnz 1b
 mov %rbx,%rsp
 leave
 ret

.size lh_copy_stale,.-lh_copy_stale

.globl lh_slot_stale
.type lh_slot_stale,@function
lh_slot_stale:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rsp,-8(%rbp)
1: push %rax
 dec %ecx
 jnz 1b
 mov -8(%rbp),%rsp
 leave
 ret

.size lh_slot_stale,.-lh_slot_stale

.globl lh_twojoin
.type lh_twojoin,@function
lh_twojoin:
 push %rbx
 lea -64(%rsp),%rbx
1: xchg %rsp,%rbx
 dec %ecx
 jnz 1b
 test $1,%ecx
 pop %rbx
 ret

.size lh_twojoin,.-lh_twojoin
