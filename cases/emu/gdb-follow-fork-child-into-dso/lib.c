/* Called only in the forked child. */
int lib_in_child(int x) {
  return x + 1;
}
