__thread int tls_counter = 5;
