int plain_counter = 5;
