int dsoconf_preload_marker = 1;
