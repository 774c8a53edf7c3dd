int prov_value(void);
int user_value(void) { return prov_value() + 1; }
