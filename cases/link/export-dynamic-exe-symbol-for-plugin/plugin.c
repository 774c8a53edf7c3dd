/* host_api is defined by the executable, not by any library the plugin needs. */
int host_api(int);
int plugin_run(void) { return host_api(20) + 1; }
