// C++ prototypes: hidden `this`, pointers to member functions (16 bytes,
// two INTEGER eightbytes), enums with a 128-bit underlying type, references,
// nullptr_t, non-trivial classes passed by invisible reference.
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT "+r"(current_stack_pointer)
extern "C" long sink;
extern "C" unsigned char other_stack[4096];
#define call_on_stack(func)                                                   \
	do {                                                                  \
		register void *tos asm("r11") = other_stack + sizeof(other_stack) - 8; \
		asm volatile("movq %%rsp, (%[tos])\n\t"                       \
			     "movq %[tos], %%rsp\n\t"                         \
			     "call " #func "\n\t"                             \
			     "popq %%rsp"                                     \
			     : "+r"(tos), ASM_CALL_CONSTRAINT                 \
			     : [tos] "r"(tos)                                 \
			     : "cc", "rax", "rcx", "rdx", "rsi", "rdi", "r8", \
			       "r9", "r10", "memory");                        \
	} while (0)
#define NOSAN __attribute__((noinline, no_sanitize("kernel-memory")))

struct S {
	long v;
	void m6(long a, long b, long c, long d, long e, long f);	// this + 6 = 7
	void m5(long a, long b, long c, long d, long e);		// this + 5 = 6
};
NOSAN void S::m6(long a, long b, long c, long d, long e, long f) { sink = v + a + f; }
NOSAN void S::m5(long a, long b, long c, long d, long e) { sink = v + a + e; }

typedef void (S::*pmf)(long, long, long, long, long);
NOSAN extern "C" void pmf4(pmf a, pmf b, pmf c, pmf d) { sink = (a == b) + (c == d); }	// 8 regs
NOSAN extern "C" void pmf1(pmf a) { sink = (a == nullptr); }

enum class E128 : __int128 { A = 1 };
NOSAN extern "C" void e128x4(E128 a, E128 b, E128 c, E128 d) { sink = (long)a + (long)d; }	// 8 regs
NOSAN extern "C" void refs(long &a, const long &b, long &&c, decltype(nullptr) n) { sink = a + b + c; }

struct NT { long x; NT(const NT &o); ~NT(); };
NOSAN extern "C" void nontrivial(NT a) { sink = a.x; }

extern "C" void on_m6(void) { call_on_stack(_ZN1S2m6Elllll); }
extern "C" void on_m6b(void) { call_on_stack(_ZN1S2m6Ellllll); }
extern "C" void on_m5(void) { call_on_stack(_ZN1S2m5Elllll); }
extern "C" void on_pmf4(void) { call_on_stack(pmf4); }
extern "C" void on_pmf1(void) { call_on_stack(pmf1); }
extern "C" void on_e128x4(void) { call_on_stack(e128x4); }
extern "C" void on_refs(void) { call_on_stack(refs); }
extern "C" void on_nontrivial(void) { call_on_stack(nontrivial); }
