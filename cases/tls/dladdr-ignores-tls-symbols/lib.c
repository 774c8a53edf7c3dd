/* Two TLS objects: tls_table follows tls_first, so its st_value is a small nonzero
   offset into the module's TLS block (.tdata, then .tbss). */
__thread long tls_first = 1;
__thread char tls_table[4096];

char *tls_table_addr(void) { return tls_table + tls_first - 1; }
