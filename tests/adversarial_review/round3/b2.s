.text
.globl popmem3
.type popmem3,@function
popmem3:
 push %rbp
 mov %rsp,%rbp
 sub $16,%rsp
 mov %rbp,(%rsp)
 push %rdi
 pop (%rsp)
 mov (%rsp),%rbp
 leave
 ret

.size popmem3,.-popmem3

.globl redzone_push
.type redzone_push,@function
redzone_push:
 mov %rsp,-8(%rsp)
 push %rdi
 pop %rcx
 mov -8(%rsp),%rsp
 ret

.size redzone_push,.-redzone_push

.globl redzone_call
.type redzone_call,@function
redzone_call:
 mov %rsp,-8(%rsp)
 call 1f
 mov -8(%rsp),%rsp
 ret
1: ret

.size redzone_call,.-redzone_call

.globl trunc_mov32
.type trunc_mov32,@function
trunc_mov32:
 mov %esp,%eax
 mov %rax,%rsp
 ret

.size trunc_mov32,.-trunc_mov32

.globl trunc_cmov
.type trunc_cmov,@function
trunc_cmov:
 mov %rsp,%rax
 test %edi,%edi
 cmove %ecx,%eax
 mov %rax,%rsp
 ret

.size trunc_cmov,.-trunc_cmov

.globl trunc_xchg
.type trunc_xchg,@function
trunc_xchg:
 mov %rsp,%rax
 xchg %eax,%eax
 mov %rax,%rsp
 ret

.size trunc_xchg,.-trunc_xchg

.globl trunc_lea32
.type trunc_lea32,@function
trunc_lea32:
 lea (%esp),%rax
 mov %rax,%rsp
 ret

.size trunc_lea32,.-trunc_lea32

.globl lahf
.type lahf,@function
lahf:
 mov %rsp,%rax
 lahf
 mov %rax,%rsp
 ret

.size lahf,.-lahf

.globl setal
.type setal,@function
setal:
 mov %rsp,%rax
 test %edi,%edi
 setne %al
 mov %rax,%rsp
 ret

.size setal,.-setal

.globl movbal
.type movbal,@function
movbal:
 mov %rsp,%rax
 movb $0,%al
 mov %rax,%rsp
 ret

.size movbal,.-movbal

.globl cltq
.type cltq,@function
cltq:
 mov %rsp,%rax
 cltq
 mov %rax,%rsp
 ret

.size cltq,.-cltq

.globl callclob
.type callclob,@function
callclob:
 mov %rsp,%rax
 push %rbx
 call ext_fn
 pop %rbx
 mov %rax,%rsp
 ret

.size callclob,.-callclob

.globl callclobr11
.type callclobr11,@function
callclobr11:
 mov %rsp,%r11
 push %rbx
 call ext_fn
 pop %rbx
 mov %r11,%rsp
 ret

.size callclobr11,.-callclobr11

.globl rdtsc
.type rdtsc,@function
rdtsc:
 mov %rsp,%rdx
 rdtsc
 mov %rdx,%rsp
 ret

.size rdtsc,.-rdtsc

.globl cpuid
.type cpuid,@function
cpuid:
 push %rbx
 mov %rsp,%rbx
 cpuid
 mov %rbx,%rsp
 pop %rbx
 ret

.size cpuid,.-cpuid

.globl lodsq
.type lodsq,@function
lodsq:
 mov %rsp,%rax
 lodsq
 mov %rax,%rsp
 ret

.size lodsq,.-lodsq

.globl cmpxchg
.type cmpxchg,@function
cmpxchg:
 mov %rsp,%rax
 cmpxchg %rcx,(%rdi)
 mov %rax,%rsp
 ret

.size cmpxchg,.-cmpxchg

.globl adc0
.type adc0,@function
adc0:
 mov %rsp,%rax
 adc $0,%rax
 mov %rax,%rsp
 ret

.size adc0,.-adc0

.globl loopinsn
.type loopinsn,@function
loopinsn:
 mov %rsp,%rcx
 loop 1f
1: mov %rcx,%rsp
 ret

.size loopinsn,.-loopinsn

.globl movsq
.type movsq,@function
movsq:
 mov %rsp,%rdi
 movsq
 mov %rdi,%rsp
 ret

.size movsq,.-movsq

.globl xadd
.type xadd,@function
xadd:
 mov %rsp,%rax
 xadd %rax,%rcx
 mov %rax,%rsp
 ret

.size xadd,.-xadd

.globl mulclob
.type mulclob,@function
mulclob:
 mov %rsp,%rdx
 mul %rcx
 mov %rdx,%rsp
 ret

.size mulclob,.-mulclob

.globl divclob
.type divclob,@function
divclob:
 mov %rsp,%rdx
 xor %edx,%edx
 mov %rsp,%rdx
 div %rcx
 mov %rdx,%rsp
 ret

.size divclob,.-divclob

.globl cqo
.type cqo,@function
cqo:
 mov %rsp,%rdx
 cqo
 mov %rdx,%rsp
 ret

.size cqo,.-cqo

.globl pushrsp_poprsp
.type pushrsp_poprsp,@function
pushrsp_poprsp:
 push %rsp
 pop %rsp
 ret

.size pushrsp_poprsp,.-pushrsp_poprsp

.globl pushrsp_poprsp2
.type pushrsp_poprsp2,@function
pushrsp_poprsp2:
 sub $8,%rsp
 push %rsp
 pop %rsp
 add $8,%rsp
 ret

.size pushrsp_poprsp2,.-pushrsp_poprsp2

.globl xchgrsp
.type xchgrsp,@function
xchgrsp:
 mov %rsp,%rax
 xchg %rsp,%rax
 ret

.size xchgrsp,.-xchgrsp

.globl pushw
.type pushw,@function
pushw:
 mov %rsp,%rax
 pushw %cx
 mov %rax,%rsp
 ret

.size pushw,.-pushw

.globl poprsp_mem
.type poprsp_mem,@function
poprsp_mem:
 lea 8(%rsp),%rax
 push %rax
 pop %rsp
 sub $8,%rsp
 ret

.size poprsp_mem,.-poprsp_mem
