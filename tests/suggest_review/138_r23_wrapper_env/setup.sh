# Run in the tree copy: the outside headers stand beside it.
mkdir -p ../outside ../outside2; echo "/* nothing */" > ../outside/cfg.h; printf "#undef PRE\n#define PRE \"# X=%%2 \"\n" > ../outside2/cfg.h
