/* Several exported names, so the hash table really has to find the right one. */
int hash_alpha(void) { return 1; }
int hash_beta(void) { return 20; }
int hash_gamma(void) { return 300; }
int hash_value = 4000;
