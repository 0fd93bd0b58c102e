# Pair c29_03_own_code_distances (a.s); class 29-own-addresses-and-prefixes (blind review 109, session 48)
# Build: clang-19 --target=x86_64-linux-gnu -c a.s -o OUT/c29_03_own_code_distances/a.o
# Truth: every function changed. Each computes a distance between two
# addresses of its own code (two lea, a relocated call to an inner label,
# an indirect call to a label, prefixed calls to the next instruction)
# across a 1-byte nop (A) or a 2-byte xchg %ax,%ax (B).
.text
# f2a: distance own label - f (f via relocation, global)
.globl f2a
.type f2a,@function
f2a:
  lea f2a(%rip),%rcx
  nop
1: lea 1b(%rip),%rax
  sub %rcx,%rax
  ret
.size f2a,.-f2a
# f2b: distance via data pointer
.globl f2b
.type f2b,@function
f2b:
  mov ptr(%rip),%rcx
  nop
1: lea 1b(%rip),%rax
  sub %rcx,%rax
  ret
.size f2b,.-f2b
# f2c: call to global inner label (relocation) then pop
.globl f2c
.type f2c,@function
f2c:
  call inner
  nop
inner_ret:
  ret
.globl inner
inner:
  pop %rcx
  lea f2c(%rip),%rax
  sub %rax,%rcx
  mov %rcx,%rax
  ret
.size f2c,.-f2c
# f2d: cs-prefixed call to next insn
.globl f2d
.type f2d,@function
f2d:
  lea f2d(%rip),%rax
  nop
  .byte 0x2e,0xe8,0,0,0,0
  pop %rcx
  sub %rax,%rcx
  mov %rcx,%rax
  ret
.size f2d,.-f2d
# f2e: indirect call to own label
.globl f2e
.type f2e,@function
f2e:
  lea 1f(%rip),%rdx
  lea f2e(%rip),%rax
  nop
  call *%rdx
  ret
1: pop %rcx
  push %rcx
  sub %rax,%rcx
  mov %rcx,%rax
  ret
.size f2e,.-f2e
# f2f: rip via lea 0(%rip) no reloc + start label no reloc
.globl f2f
.type f2f,@function
f2f:
0: lea 0b(%rip),%rcx
  nop
1: lea 1b(%rip),%rax
  sub %rcx,%rax
  ret
.size f2f,.-f2f
# f2g: rex.w call
.globl f2g
.type f2g,@function
f2g:
  lea f2g(%rip),%rax
  nop
  .byte 0x48,0xe8,0,0,0,0
  pop %rcx
  sub %rax,%rcx
  mov %rcx,%rax
  ret
.size f2g,.-f2g
# f2h: 66 call? use bnd (f2) call
.globl f2h
.type f2h,@function
f2h:
  lea f2h(%rip),%rax
  nop
  .byte 0xf2,0xe8,0,0,0,0
  pop %rcx
  sub %rax,%rcx
  mov %rcx,%rax
  ret
.size f2h,.-f2h
.data
ptr: .quad f2b
