// The %rsp copy in %rbx across `call ext`: the restore at victim+9 is a
// no-op unless something writes victim's first bytes.
.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx; call ext; mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.section .comment,"MS",@progbits,1
.asciz "clang version 19"
