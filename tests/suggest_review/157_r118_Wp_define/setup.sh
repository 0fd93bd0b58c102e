bash "$(dirname "$0")/../kbuild_units.sh" include/h.h
