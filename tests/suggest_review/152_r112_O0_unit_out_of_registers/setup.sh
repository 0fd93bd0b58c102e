# two kbuild-like units reading include/h.h: u1 at -O2, u2 at -O0
mk() { obj=$1 src=$2; shift 2; cmd="clang-19 -Wp,-MMD,.$obj.d $* -Iinclude -c -o $obj $src"; eval "$cmd"; rm -f .$obj.d
printf 'savedcmd_%s := %s\n\nsource_%s := %s\n\ndeps_%s := \\\n  %s \\\n  include/h.h \\\n\n%s: $(deps_%s)\n\n$(deps_%s):\n' "$obj" "$cmd" "$obj" "$src" "$obj" "$src" "$obj" "$obj" "$obj" > .$obj.cmd; }
mk u1.o u1.c -O2
mk u2.o u2.c -O0
mk u3.o u3.c -O2 -m32
