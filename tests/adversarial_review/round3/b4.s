.text
.globl enter0
.type enter0,@function
enter0:
 enter $32,$0
 leave
 ret

.size enter0,.-enter0

.globl enter1
.type enter1,@function
enter1:
 enter $16,$1
 leave
 ret

.size enter1,.-enter1

.globl enter2
.type enter2,@function
enter2:
 enter $0,$2
 leave
 ret

.size enter2,.-enter2

.globl enter_movrbp
.type enter_movrbp,@function
enter_movrbp:
 enter $32,$0
 mov %rbp,%rsp
 pop %rbp
 ret

.size enter_movrbp,.-enter_movrbp

.globl enter_clobber
.type enter_clobber,@function
enter_clobber:
 enter $32,$0
 mov %rdi,%rbp
 leave
 ret

.size enter_clobber,.-enter_clobber

.globl enter_then_lea
.type enter_then_lea,@function
enter_then_lea:
 enter $32,$0
 lea -8(%rbp),%rsp
 leave
 ret

.size enter_then_lea,.-enter_then_lea

.globl leave_noframe
.type leave_noframe,@function
leave_noframe:
 sub $8,%rsp
 leave
 ret

.size leave_noframe,.-leave_noframe

.globl late_fp
.type late_fp,@function
late_fp:
 push %rbx
 sub $16,%rsp
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 leave
 add $16,%rsp
 pop %rbx
 ret

.size late_fp,.-late_fp

.globl late_nopush
.type late_nopush,@function
late_nopush:
 push %rbx
 mov %rsp,%rbp
 sub $32,%rsp
 leave
 ret

.size late_nopush,.-late_nopush

.globl late_after_sub
.type late_after_sub,@function
late_after_sub:
 sub $24,%rsp
 push %rbp
 mov %rsp,%rbp
 push %rax
 leave
 add $24,%rsp
 ret

.size late_after_sub,.-late_after_sub

.globl twofp
.type twofp,@function
twofp:
 push %rbp
 mov %rsp,%rbp
 push %rbx
 sub $8,%rsp
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 leave
 add $8,%rsp
 pop %rbx
 leave
 ret

.size twofp,.-twofp

.globl twofp_nosave
.type twofp_nosave,@function
twofp_nosave:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rsp,%rbp
 sub $16,%rsp
 leave
 leave
 ret

.size twofp_nosave,.-twofp_nosave

.globl twofp_nosave_store
.type twofp_nosave_store,@function
twofp_nosave_store:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,(%rsp)
 mov %rsp,%rbp
 sub $16,%rsp
 leave
 leave
 ret

.size twofp_nosave_store,.-twofp_nosave_store

.globl twofp_nosave_rdi
.type twofp_nosave_rdi,@function
twofp_nosave_rdi:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rdi,(%rsp)
 mov %rsp,%rbp
 sub $16,%rsp
 leave
 leave
 ret

.size twofp_nosave_rdi,.-twofp_nosave_rdi

.globl realign_leave
.type realign_leave,@function
realign_leave:
 push %rbp
 mov %rsp,%rbp
 and $-32,%rsp
 sub $64,%rsp
 leave
 ret

.size realign_leave,.-realign_leave

.globl realign_and16
.type realign_and16,@function
realign_and16:
 push %rbx
 mov %rsp,%rbx
 and $-16,%rsp
 mov %rbx,%rsp
 pop %rbx
 ret

.size realign_and16,.-realign_and16

.globl realign_leave_lea
.type realign_leave_lea,@function
realign_leave_lea:
 push %rbp
 mov %rsp,%rbp
 push %rbx
 and $-32,%rsp
 sub $64,%rsp
 lea -8(%rbp),%rsp
 pop %rbx
 pop %rbp
 ret

.size realign_leave_lea,.-realign_leave_lea

.globl realign_lea_wrong
.type realign_lea_wrong,@function
realign_lea_wrong:
 push %rbp
 mov %rsp,%rbp
 push %rbx
 and $-32,%rsp
 sub $64,%rsp
 lea -16(%rbp),%rsp
 pop %rbx
 pop %rbx
 pop %rbp
 ret

.size realign_lea_wrong,.-realign_lea_wrong

.globl realign_slot
.type realign_slot,@function
realign_slot:
 push %rbp
 mov %rsp,%rbp
 and $-16,%rsp
 sub $32,%rsp
 mov %rsp,8(%rsp)
 mov 8(%rsp),%rax
 mov %rax,%rsp
 leave
 ret

.size realign_slot,.-realign_slot

.globl realign_mov_rbp_after
.type realign_mov_rbp_after,@function
realign_mov_rbp_after:
 push %rbp
 and $-16,%rsp
 mov %rsp,%rbp
 sub $32,%rsp
 leave
 ret

.size realign_mov_rbp_after,.-realign_mov_rbp_after

.globl drap
.type drap,@function
drap:
 lea 8(%rsp),%r10
 and $-32,%rsp
 pushq -8(%r10)
 push %rbp
 mov %rsp,%rbp
 push %r10
 sub $40,%rsp
 mov -8(%rbp),%r10
 leave
 lea -8(%r10),%rsp
 ret

.size drap,.-drap

.globl drap_clob
.type drap_clob,@function
drap_clob:
 lea 8(%rsp),%r10
 and $-32,%rsp
 pushq -8(%r10)
 push %rbp
 mov %rsp,%rbp
 push %r10
 sub $40,%rsp
 lea -8(%rbp),%rax
 mov %rdi,(%rax)
 mov -8(%rbp),%r10
 leave
 lea -8(%r10),%rsp
 ret

.size drap_clob,.-drap_clob

.globl drap_off
.type drap_off,@function
drap_off:
 lea 8(%rsp),%r10
 and $-32,%rsp
 pushq -8(%r10)
 push %rbp
 mov %rsp,%rbp
 push %r10
 sub $40,%rsp
 mov -8(%rbp),%r10
 leave
 lea 0(%r10),%rsp
 ret

.size drap_off,.-drap_off

.globl lea_wrongN
.type lea_wrongN,@function
lea_wrongN:
 push %rbp
 mov %rsp,%rbp
 push %rbx
 sub $24,%rsp
 lea -16(%rbp),%rsp
 pop %rbx
 pop %rbp
 ret

.size lea_wrongN,.-lea_wrongN

.globl lea_posN
.type lea_posN,@function
lea_posN:
 push %rbp
 mov %rsp,%rbp
 push %rbx
 lea 8(%rbp),%rsp
 ret

.size lea_posN,.-lea_posN

.globl movrbp_clob
.type movrbp_clob,@function
movrbp_clob:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 test %esi,%esi
 cmove %rdi,%rbp
 mov %rbp,%rsp
 pop %rbp
 ret

.size movrbp_clob,.-movrbp_clob
