/* The library calls back into a hook it expects the executable to export. */
int app_hook(int x);

int lib_run(int x) { return app_hook(x) + 1; }
