# runtime_const_ptr(): the kernel overwrites the mov's imm64 at boot with the
# real value (the `runtime_ptr_SYM` table names the field). %rsp moves by
# minus that value, so the restore is not a no-op and no delta is known from
# the placeholder 0x0123456789abcdef (the emulation uses 16).
# PATCH: the imm64 at f+0x5 = 16
.text
.globl f; .type f,@function
f:
  mov %rsp,%rcx
  movabs $0x0123456789abcdef,%rax
1:
  sub %rax,%rsp
  mov %rcx,%rsp
  ret
.size f, .-f
.pushsection runtime_ptr_USER_PTR_MAX,"a"
  .long 1b - 8 - .
.popsection
