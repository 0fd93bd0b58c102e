# hand-written (no compiler .comment): f calls g, which tail-calls h; h ends in int3;
# after a #BP that resumes (kgdb 'c', a die notifier) control runs on into k: ret $8
.text
.globl f; .type f,@function
f: push %rbx
 mov %rsp,%rbx
 call g
 mov %rbx,%rsp
 pop %rbx
 ret
.size f,.-f
.globl g; .type g,@function
g: jmp h
.size g,.-g
.globl h; .type h,@function
h: nop
 int3
.size h,.-h
.globl k; .type k,@function
k: ret $8
.size k,.-k
