// prev, then victim right after it (for alt_runs_into_next_elsewhere.S).
.text
.globl prev
.type prev,@function
prev: xor %eax,%eax; ret
.size prev, .-prev
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx; call ext; mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
