int two_value = 2;
