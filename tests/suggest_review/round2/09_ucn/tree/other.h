#undef Té
#define Té " %3"
