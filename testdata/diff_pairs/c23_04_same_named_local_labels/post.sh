# Rename the local label foo_l2 to foo_l1 in .strtab (same length): two
# local symbols of one name in different sections.
set -eu
printf '[["foo_l2", "foo_l1"]]' > "$1.rename.json"
python3 "$(dirname "$0")/../tools/patch.py" "$1" "$1.rename.json"
rm -f "$1.rename.json"
