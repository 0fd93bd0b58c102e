#define T " %2"
