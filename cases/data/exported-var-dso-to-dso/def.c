int shared_value = 5;
