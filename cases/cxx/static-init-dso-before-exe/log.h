void say(const char *what); /* writes to stdout unbuffered */
int lib_ready(void);
