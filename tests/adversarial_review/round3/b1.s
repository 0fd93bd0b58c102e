.text
.globl xchg2
.type xchg2,@function
xchg2:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 xchg %rbp,%rdi
 xchg %rdi,%rbp
 leave
 ret

.size xchg2,.-xchg2

.globl lea8
.type lea8,@function
lea8:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 lea 8(%rbp),%rbp
 leave
 ret

.size lea8,.-lea8

.globl lea0
.type lea0,@function
lea0:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 lea 0(%rbp),%rbp
 leave
 ret

.size lea0,.-lea0

.globl poprdi
.type poprdi,@function
poprdi:
 push %rbp
 mov %rsp,%rbp
 push %rdi
 pop %rbp
 leave
 ret

.size poprdi,.-poprdi

.globl pushpop
.type pushpop,@function
pushpop:
 push %rbp
 mov %rsp,%rbp
 push %rbp
 mov %rdi,%rbp
 pop %rbp
 leave
 ret

.size pushpop,.-pushpop

.globl slotover
.type slotover,@function
slotover:
 push %rbp
 mov %rsp,%rbp
 push %rbp
 mov %rdi,(%rsp)
 pop %rbp
 leave
 ret

.size slotover,.-slotover

.globl aliasrax
.type aliasrax,@function
aliasrax:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 lea 8(%rsp),%rax
 mov %rdi,(%rax)
 mov 8(%rsp),%rbp
 leave
 ret

.size aliasrax,.-aliasrax

.globl idxstore
.type idxstore,@function
idxstore:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 mov %rdi,(%rsp,%rcx,8)
 mov 8(%rsp),%rbp
 leave
 ret

.size idxstore,.-idxstore

.globl xchgmem
.type xchgmem,@function
xchgmem:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 xchg %rdi,8(%rsp)
 mov 8(%rsp),%rbp
 leave
 ret

.size xchgmem,.-xchgmem

.globl addmem
.type addmem,@function
addmem:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 add %rdi,8(%rsp)
 mov 8(%rsp),%rbp
 leave
 ret

.size addmem,.-addmem

.globl incmem
.type incmem,@function
incmem:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 incq 8(%rsp)
 mov 8(%rsp),%rbp
 leave
 ret

.size incmem,.-incmem

.globl bytemem
.type bytemem,@function
bytemem:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 movb $0,8(%rsp)
 mov 8(%rsp),%rbp
 leave
 ret

.size bytemem,.-bytemem

.globl overlap4
.type overlap4,@function
overlap4:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 mov %rdi,4(%rsp)
 mov 8(%rsp),%rbp
 leave
 ret

.size overlap4,.-overlap4

.globl movups
.type movups,@function
movups:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 movups %xmm0,(%rsp)
 mov 8(%rsp),%rbp
 leave
 ret

.size movups,.-movups

.globl fxsave
.type fxsave,@function
fxsave:
 push %rbp
 mov %rsp,%rbp
 sub $528,%rsp
 and $-16,%rsp
 mov %rbp,8(%rsp)
 fxsave (%rsp)
 mov 8(%rsp),%rbp
 leave
 ret

.size fxsave,.-fxsave

.globl repstos
.type repstos,@function
repstos:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 mov %rsp,%rdi
 mov $2,%ecx
 rep stosq
 mov 8(%rsp),%rbp
 leave
 ret

.size repstos,.-repstos

.globl popmem
.type popmem,@function
popmem:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,8(%rsp)
 push %rdi
 pop (%rsp)
 mov 8(%rsp),%rbp
 leave
 ret

.size popmem,.-popmem

.globl popmem2
.type popmem2,@function
popmem2:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,(%rsp)
 push %rdi
 pop -8(%rsp)
 mov (%rsp),%rbp
 leave
 ret

.size popmem2,.-popmem2

.globl cmovrdi
.type cmovrdi,@function
cmovrdi:
 push %rbp
 mov %rsp,%rbp
 test %esi,%esi
 cmovne %rdi,%rbp
 leave
 ret

.size cmovrdi,.-cmovrdi

.globl cmovcopy
.type cmovcopy,@function
cmovcopy:
 push %rbp
 mov %rsp,%rbp
 mov %rbp,%rax
 test %esi,%esi
 cmovne %rax,%rbp
 leave
 ret

.size cmovcopy,.-cmovcopy

.globl cmov32
.type cmov32,@function
cmov32:
 push %rbp
 mov %rsp,%rbp
 mov %rbp,%rax
 test %esi,%esi
 cmovne %eax,%ebp
 leave
 ret

.size cmov32,.-cmov32

.globl onepath
.type onepath,@function
onepath:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 test %edi,%edi
 je 1f
 mov %rsi,%rbp
1: leave
 ret

.size onepath,.-onepath

.globl onepath_same
.type onepath_same,@function
onepath_same:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 test %edi,%edi
 je 1f
 lea 16(%rsp),%rbp
1: leave
 ret

.size onepath_same,.-onepath_same

.globl onepath_off
.type onepath_off,@function
onepath_off:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 test %edi,%edi
 je 1f
 lea 8(%rsp),%rbp
1: leave
 ret

.size onepath_off,.-onepath_off

.globl loopinc
.type loopinc,@function
loopinc:
 push %rbp
 mov %rsp,%rbp
1: add $8,%rbp
 dec %ecx
 jnz 1b
 leave
 ret

.size loopinc,.-loopinc

.globl looprest
.type looprest,@function
looprest:
 push %rbp
 mov %rsp,%rbp
1: mov %rbp,%rax
 lea 8(%rbp),%rbp
 mov %rax,%rbp
 dec %ecx
 jnz 1b
 leave
 ret

.size looprest,.-looprest

.globl loopxchg
.type loopxchg,@function
loopxchg:
 push %rbp
 mov %rsp,%rbp
1: xchg %rbp,%rdi
 dec %ecx
 jnz 1b
 leave
 ret

.size loopxchg,.-loopxchg
