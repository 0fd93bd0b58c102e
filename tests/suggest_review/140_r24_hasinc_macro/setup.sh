# Run in the tree copy: the other configuration's header stands beside it.
mkdir -p ../outside2; printf "#undef PRE\n#define PRE \"# X=%%2 \"\n" > ../outside2/cfg.h
