/* probe: which spill offsets does rspill keep across a call, per callee kind */
extern long sink;
__attribute__((noinline)) void plain(long a) { sink = a; }
__attribute__((noinline)) void seven(long a, long b, long c, long d, long e, long f, long g) { sink = a + g; }
#define CALLER(name, callee, off)                              \
asm(".text\n.globl " #name "\n.type " #name ",@function\n"     \
    #name ":\n"                                                \
    "\tpushq %rbx\n"                                           \
    "\tsubq $0x28, %rsp\n"                                     \
    "\tmovq %rsp, %rax\n"                                      \
    "\tmovq %rax, " #off "(%rsp)\n"                            \
    "\tcall " #callee "\n"                                     \
    "\tmovq " #off "(%rsp), %rax\n"                            \
    "\tmovq %rax, %rsp\n"                                      \
    "\taddq $0x28, %rsp\n"                                     \
    "\tpopq %rbx\n"                                            \
    "\tret\n"                                                  \
    ".size " #name ", .-" #name "\n");
CALLER(p0, plain, 0) CALLER(p8, plain, 8) CALLER(p16, plain, 16) CALLER(p24, plain, 24) CALLER(p32, plain, 32)
CALLER(s0, seven, 0) CALLER(s8, seven, 8) CALLER(s16, seven, 16) CALLER(s24, seven, 24) CALLER(s32, seven, 32)
CALLER(u0, undefined_fn, 0) CALLER(u8, undefined_fn, 8) CALLER(u16, undefined_fn, 16) CALLER(u24, undefined_fn, 24) CALLER(u32, undefined_fn, 32)
