# Run in the tree copy: the outside headers stand beside it.
mkdir -p ../outside; printf "#ifdef CONFIG_B\n#undef PRE\n#define PRE \"# X=%%2 \"\n#endif\n" > ../outside/cond.h
