__attribute__((visibility("hidden"))) int secret(void) { return 4; }
int visible(void) { return secret() + 1; }
