#if 0
it's a note
#endif
#undef T
#define T " %3"
#if 0
it's over
#endif
