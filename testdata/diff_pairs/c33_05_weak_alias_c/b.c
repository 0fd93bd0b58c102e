// Pair c33_05_weak_alias_c (b.c); class 33-references-through-weak-symbols (blind review 129, session 51)
// Build: clang-19 --target=x86_64-linux-gnu -O2 -c -fno-asynchronous-unwind-tables b.c -o OUT/c33_05_weak_alias_c/b.o
// f is a weak alias of the static __f (the kernel's __weak defaults, cond_syscall).
// g calls f in a.c, __f in b.c: linked with a strong f(x) = (x+100) elsewhere,
// g(5) is 0x13b in a and 0x12 in b.
/* the same, but g calls the local name __f: the weak default always runs */
static __attribute__((noinline)) int __f(int x) { return x + 1; }
int f(int x) __attribute__((weak, alias("__f")));
__attribute__((section(".init.text"))) int g(int x) { return __f(x) * 3; }
