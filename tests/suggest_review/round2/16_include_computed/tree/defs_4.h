#define T " %3"
