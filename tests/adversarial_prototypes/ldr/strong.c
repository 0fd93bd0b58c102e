/* the strong override of hook: seven arguments, writes the seventh (the cell) */
extern void bar_fn(long a, long b, long c, long d, long e, long f, long g);
void hook(long a, long b, long c, long d, long e, long f, long g) { bar_fn(a, b, c, d, e, f, g + 0x5050); }
