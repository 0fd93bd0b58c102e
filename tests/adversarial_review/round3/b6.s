.text
.globl ptrloop
.type ptrloop,@function
ptrloop:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 mov %rbp,16(%rsp)
 mov %rsp,%rdi
1: mov %rsi,(%rdi)
 add $8,%rdi
 dec %ecx
 jnz 1b
 mov 16(%rsp),%rbp
 leave
 ret

.size ptrloop,.-ptrloop

.globl ptrescape
.type ptrescape,@function
ptrescape:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 mov %rbp,16(%rsp)
 mov %rsp,%rdi
 call ext_fn
 mov 16(%rsp),%rbp
 leave
 ret

.size ptrescape,.-ptrescape

.globl cmovloop
.type cmovloop,@function
cmovloop:
 push %rbp
 mov %rsp,%rbp
1: test %ecx,%esi
 cmovne %rdi,%rbp
 dec %ecx
 jnz 1b
 leave
 ret

.size cmovloop,.-cmovloop

.globl xchgrsprbp
.type xchgrsprbp,@function
xchgrsprbp:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 xchg %rsp,%rbp
 pop %rbp
 ret

.size xchgrsprbp,.-xchgrsprbp

.globl xchgrsprbp_leave
.type xchgrsprbp_leave,@function
xchgrsprbp_leave:
 push %rbp
 mov %rsp,%rbp
 sub $32,%rsp
 xchg %rsp,%rbp
 leave
 ret

.size xchgrsprbp_leave,.-xchgrsprbp_leave

.globl stosloop_rbp
.type stosloop_rbp,@function
stosloop_rbp:
 push %rbp
 mov %rsp,%rbp
 push %rbp
 sub $16,%rsp
 lea -8(%rbp),%rdi
 rep stosb
 mov -8(%rbp),%rbp
 leave
 ret

.size stosloop_rbp,.-stosloop_rbp

.globl ind_jmp
.type ind_jmp,@function
ind_jmp:
 push %rbp
 mov %rsp,%rbp
 jmp *%rdi
 leave
 ret

.size ind_jmp,.-ind_jmp

.globl inf_loop
.type inf_loop,@function
inf_loop:
 push %rbp
 mov %rsp,%rbp
1: push %rax
 jmp 1b

.size inf_loop,.-inf_loop

.globl mid_jmp
.type mid_jmp,@function
mid_jmp:
 push %rbp
 mov %rsp,%rbp
 jmp 1f+1
1: movabs $0xc3c9c3c9c3c9c3c9,%rax
 leave
 ret

.size mid_jmp,.-mid_jmp

.globl enter_big
.type enter_big,@function
enter_big:
 enter $0xffff,$31
 leave
 ret

.size enter_big,.-enter_big

.globl empty_fn
.type empty_fn,@function
empty_fn:

.size empty_fn,.-empty_fn
