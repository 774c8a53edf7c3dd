void thrower(int v) {
  if (v > 0) throw v;
}
