#define PRE "# %1\n\t"
