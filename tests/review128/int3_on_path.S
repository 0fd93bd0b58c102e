// victim copies %rsp to %rbx; on one path it pushes a word and reaches an
// int3 (kgdb_breakpoint(), clang's __builtin_debugtrap()). The kernel
// resumes after an int3 whose #BP a handler takes (do_int3: kgdb, kprobes,
// a die notifier), so the restore writes the
// copy while %rsp is 8 lower: a delta of 8, not a no-op.
#define COMMENT .section .comment,"MS",@progbits,1; .asciz "clang version 19"
 .text
 .globl victim; .type victim,@function
victim:
 push %rbx
 mov %rsp,%rbx
 test %edi,%edi
 jz 1f
 push %rax
 int3
1: mov %rbx,%rsp
 pop %rbx
 ret
 .size victim,.-victim
COMMENT
