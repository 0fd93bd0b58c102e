/* ABI probe (clang-19 -O2 -S -> abi_probe.s): how _BitInt arguments and returns are passed */
void use(long);
void bi128_3(_BitInt(128) a, _BitInt(128) b, _BitInt(128) c) { use((long)a); use((long)b); use((long)c);}
void bi65_3(_BitInt(65) a, _BitInt(65) b, _BitInt(65) c) { use((long)a); use((long)b); use((long)c); }
_BitInt(128) ret_bi128(long a, long b, long c, long d, long e, long f) { use(f); return a; }
void ubi64x6(unsigned _BitInt(64) a, unsigned _BitInt(64) b, unsigned _BitInt(64) c,
		   unsigned _BitInt(64) d, unsigned _BitInt(64) e, unsigned _BitInt(64) f) { use(f); }
/* _BitInt(129) is returned through a hidden pointer (%rdi): f goes on the stack */
_BitInt(129) ret_bi129(long a, long b, long c, long d, long e, long f) { use(f); return a; }
