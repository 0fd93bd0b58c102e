// Pair c14_07_c_end_pointer_loop (b.c); class 2-data (blind review, session 9: 107_c_end_pointer_loop_globals)
// Truth: see truth.tsv; the reviewer's notes:
// # 107 (C, global arrays so the objects have symbols) reverse walk from arr+3 (one past the end);
// arr[2] 3 -> 4. f(arr) = ((0*3+3)*3+2)*3+1 = 34 vs ((0*3+4)*3+2)*3+1 = 43 (checked by running it).
// TRUTH f changed

const int arr[3] = {1, 2, 4};
const int other[3] = {7, 8, 9};
int f(const int *stop) {
  int s = 0;
  for (const int *p = arr + 3; p != stop; )
    s = s * 3 + *--p;
  return s;
}
