/*
 * Ordinary (non-switching) code: a copy of %rsp is spilled to 0(%rsp), the
 * word just above %rsp at a call, then reloaded and written back to %rsp.
 * The restore is redundant only if the callee cannot write that word, which
 * is where its first stack argument (or, for ms_abi, the home slot of its
 * first argument) would be.  The callers are top-level asm (no DWARF); the
 * callees are C with DWARF.  Build with gcc (for the ms_abi callee) and clang.
 */
extern long sink;
extern void take(long *);
#ifdef __clang__
#define NOSAN __attribute__((noinline, no_sanitize("kernel-memory")))
#else
#define NOSAN __attribute__((noinline))
#endif
/* ms_abi: owns 32 bytes of home space above its return address */
__attribute__((ms_abi)) NOSAN void ms_home(long a) { take(&a); }
/* naked: DWARF says one register argument; the body writes 8(%rsp) */
__attribute__((naked)) NOSAN void naked_w(long a) { asm("movq $0x5353, 8(%rsp)\n\tret"); }
/* control: a plain one-register callee */
NOSAN void plain(long a) { sink = a; }

#define CALLER(name, callee)                                   \
asm(".text\n.globl " #name "\n.type " #name ",@function\n"     \
    #name ":\n"                                                \
    "\tpushq %rbx\n"                                           \
    "\tsubq $0x28, %rsp\n"                                     \
    "\tmovq %rsp, %rax\n"                                      \
    "\tmovq %rax, (%rsp)\n"                                    \
    "\tcall " #callee "\n"                                     \
    "\tmovq (%rsp), %rax\n"                                    \
    "\tmovq %rax, %rsp\n"                                      \
    "\taddq $0x28, %rsp\n"                                     \
    "\tpopq %rbx\n"                                            \
    "\tret\n"                                                  \
    ".size " #name ", .-" #name "\n");
CALLER(sp_ms_home, ms_home)
CALLER(sp_naked, naked_w)
CALLER(sp_plain, plain)
CALLER(sp_undef, undefined_fn)
