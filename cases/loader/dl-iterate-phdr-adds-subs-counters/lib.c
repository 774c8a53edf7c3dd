int counted_value = 1;
