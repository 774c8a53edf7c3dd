int external_var = 1;
