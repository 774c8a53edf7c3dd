int promo_value(void) { return 9; }
