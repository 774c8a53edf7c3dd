int config_level = 1;
int lib_level(void) { return config_level; }
int *lib_addr(void) { return &config_level; }
