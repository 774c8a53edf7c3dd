/* SIZE bytes of initial-exec TLS (.tbss): the module needs that much static TLS. */
__thread char blob[SIZE];

int touch(void) { blob[0] += 1; blob[SIZE - 1] += 2; return blob[0] + blob[SIZE - 1]; }
