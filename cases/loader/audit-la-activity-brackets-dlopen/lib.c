int added_value = 1;
