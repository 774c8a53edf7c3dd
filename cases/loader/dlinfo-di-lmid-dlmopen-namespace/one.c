int one_value = 1;
