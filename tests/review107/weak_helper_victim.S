// victim calls helper, which this object defines weak (a plain return);
// callee_ret_imm.o defines it strong, and the link binds the call there.
.text
.globl victim
.type victim,@function
victim: push %rbx; mov %rsp,%rbx; call helper; mov %rbx,%rsp; pop %rbx; ret
.size victim, .-victim
.weak helper
.type helper,@function
helper: ret
.size helper, .-helper
