int probe_data = 3;
