#define PRE ""
