int level = 1;

int lib_get_level(void) { return level; }
void lib_set_level(int v) { level = v; }
