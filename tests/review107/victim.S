// Hand-written (no .comment): %rbx keeps the %rsp copy across `call helper`,
// which another input of the scan defines.
.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx; call helper; mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
