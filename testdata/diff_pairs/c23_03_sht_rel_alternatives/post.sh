# Turn .rela.altinstructions into SHT_REL, its addends written into the
# table's bytes (no x86-64 toolchain emits SHT_REL; rspill must not misread it).
set -eu
python3 "$(dirname "$0")/../tools/elfedit.py" "$1" torel .rela.altinstructions
