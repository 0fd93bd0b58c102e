#ifdef __x86_64__
#define PREPARE(x) (void)0
#else
#define PREPARE(x) unsigned long long x##_wide = x; unsigned long long x = x##_wide
#endif
