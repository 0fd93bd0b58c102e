#if 0
it's a note
#endif
#undef E
#define E a), "+r"(x
#if 0
it's over
#endif
