# A runtime-patch table entry naming the immediate of `sub $8,%rsp`: the
# kernel writes another number there at boot, the restore's delta is unknown.
# PATCH: the imm8 at f+0x6 = 16
.text
.globl f; .type f,@function
f:
  mov %rsp,%rcx
  sub $8,%rsp
1:
  mov %rcx,%rsp
  ret
.size f, .-f
.pushsection runtime_shift_d_hash_shift,"a"
  .long 1b - 1 - .
.popsection
